#!/usr/bin/env node
// The `cognito-challenge-emulator` command.
export {};
