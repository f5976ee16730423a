// The partner cabinet lives in its own route group (house style) but in the same signed-in shell
// as the cabinet: same session, organization switcher, bell and navigation.
export { default } from "../(cabinet)/layout";
