// A tiny fan-out for app events (import and export progress): services publish, each host
// subscribes once and forwards events to its UI (IPC to the window, Server-Sent Events on the web).
import { appEventSchema, type AppEvent } from '../../shared/contract';

export type EventListener = (event: AppEvent) => void;

export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Validates the event against the contract before anyone sees it. */
  publish(event: AppEvent): void {
    const checked = appEventSchema.parse(event);
    for (const listener of this.listeners) listener(checked);
  }
}
