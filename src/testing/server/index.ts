// Public API of `cognito-challenge-ui/testing/server`: the emulated pool over HTTP (Node).
export {};
