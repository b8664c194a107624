import { BRIDGE_GLOBAL, type DesktopBridge, type WorkbenchPort } from '../../shared/port/contract';
import { createBrowserPort } from './browser/browser-port';
import { createDesktopPort } from './desktop-port';

/** The desktop bridge when the preload exposed one, otherwise the browser edition's back end. */
export function selectPort(): WorkbenchPort {
  const bridge = (window as unknown as Record<string, DesktopBridge | undefined>)[BRIDGE_GLOBAL];
  return bridge ? createDesktopPort(bridge) : createBrowserPort();
}
