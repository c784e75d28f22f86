import { readRendererFile } from './renderer-files';
import { APP_HOST, CONTENT_SECURITY_POLICY } from './security';

/**
 * Serves the built renderer for app://frontdesk/…. Used by the Electron app; kept free of
 * Electron imports so it is unit-testable.
 */
export function createAppProtocolHandler(rendererDir: string) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const file = await readRendererFile(rendererDir, url.pathname);
    if (file.status !== 200) return new Response(null, { status: file.status });
    return new Response(new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.type,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}
