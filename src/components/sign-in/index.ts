"use client";
// <SignIn>: the start form, the step screens, the countdown and the signed-in slot in one tag.
export { type SignedInDetails, SignIn, type SignInProps, type SignInRenderState } from "./sign-in";
