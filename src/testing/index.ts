// Public API of `cognito-challenge-ui/testing`: the emulated user pool (browser and Node).
export {};
