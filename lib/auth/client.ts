// The browser side of Auth.js, kept behind lib/auth so components do not import next-auth.
export { signIn, signOut } from "next-auth/react";
