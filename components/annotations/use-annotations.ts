// The annotations for a page, kept current: another tab (or an import) may change them, and every
// view that filters by set or tag must agree with what is stored. Read once per page and shared
// (shared-read.ts): a view opened after the page read them draws with them at once.
import { sharedRead } from '@/components/common/shared-read';
import {
  type Annotations,
  annotationsItem,
  checkAnnotations,
  type Edit,
  EMPTY_ANNOTATIONS,
  getAnnotations,
  updateAnnotations,
} from '@/lib/annotations';
import { t } from '../../lib/i18n';

export interface AnnotationsState {
  annotations: Annotations;
  /** Applies an edit over the stored value; answers the refusal message, or null when saved. */
  edit: (change: (a: Annotations) => Edit) => Promise<string | null>;
}

const shared = sharedRead(
  () =>
    getAnnotations().catch((e: unknown) => {
      // Unreadable: the views show no sets, tags or notes, as with none stored; say why here.
      console.warn(e);
      throw e;
    }),
  (changed) => annotationsItem.watch((raw) => changed(checkAnnotations(raw).value)),
);

export function useAnnotations(): AnnotationsState {
  const state = shared.use();
  const annotations = state.status === 'read' ? state.value : EMPTY_ANNOTATIONS;
  const edit = async (change: (a: Annotations) => Edit): Promise<string | null> => {
    try {
      const result = await updateAnnotations(change);
      if (!result.ok) return result.message;
      shared.publish(result.value);
      return null;
    } catch (e) {
      return t('annotations.notSaved', e instanceof Error ? e.message : String(e));
    }
  };
  return { annotations, edit };
}
