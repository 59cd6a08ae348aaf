// The background's message handlers as plain functions of (data, sender), so tests call them
// directly with fake senders. entrypoints/background.ts wires them to onMessage. The handlers
// live in groups beside this file (readings, data, prune, campaign), sharing one handler context.

import type { StorageStatus } from '../messages';
import { createCampaignHandlers } from './campaign-handlers';
import { createDataHandlers } from './data-handlers';
import { createHandlerContext, type HandlerDeps } from './handler-context';
import { createPruneHandlers } from './prune-handlers';
import { createReadingsHandlers } from './readings-handlers';
import { isContentScript, isExtensionPage, type SenderLike } from './senders';

export type { HandlerDeps } from './handler-context';

export function createHandlers(deps: HandlerDeps) {
  const context = createHandlerContext(deps);
  const { status, denied, chunks } = context;

  return {
    ...createReadingsHandlers(deps, context),
    ...createDataHandlers(context),
    ...createPruneHandlers(deps, context),
    ...createCampaignHandlers(deps, context),

    /** Resolves when the last build of the posts' chunked copy has finished (tests). */
    chunksSettled: (): Promise<void> => chunks?.settled() ?? Promise.resolve(),

    async storageStatus(_data: unknown, sender: SenderLike | undefined): Promise<StorageStatus> {
      if (!isExtensionPage(sender, deps) && !isContentScript(sender, deps)) {
        denied('storageStatus', sender);
        return { lastError: null, at: null };
      }
      return status.get();
    },
  };
}

export type Handlers = ReturnType<typeof createHandlers>;
