"use client";
// Public API of `cognito-challenge-ui`: headless React hooks, <ChallengeRouter> and the challenge screens.
export type { ChallengeProps } from "./headless/challenge-props.types";
