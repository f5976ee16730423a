// GET /favicon.ico – browsers still ask for it now and then (e.g. when a document loads before its
// streamed <head> icon link); the icon is app/icon.svg, so answer with it instead of a 404.
export function GET(request: Request) {
  return Response.redirect(new URL("/icon.svg", request.url), 308);
}
