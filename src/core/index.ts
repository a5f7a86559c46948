// Public API of `cognito-challenge-ui/core`: framework-free, never imports React.

export * from "./errors/challenge-error";
export * from "./flow/sign-in.types";
export * from "./protocol/challenge.types";
export * from "./protocol/challenge-answer.types";
export * from "./protocol/challenge-name";
export * from "./protocol/challenge-response.types";
export * from "./protocol/webauthn.types";
export * from "./protocol/wire.types";
export * from "./transport/transport.types";
