// The annotations for a page, kept current: another tab (or an import) may change them, and every
// view that filters by set or tag must agree with what is stored.
import { useEffect, useState } from 'preact/hooks';
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

export function useAnnotations(): AnnotationsState {
  const [annotations, setAnnotations] = useState<Annotations>(EMPTY_ANNOTATIONS);
  useEffect(() => {
    let live = true;
    getAnnotations().then((a) => live && setAnnotations(a), console.warn);
    const unwatch = annotationsItem.watch((raw) => live && setAnnotations(checkAnnotations(raw).value));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const edit = async (change: (a: Annotations) => Edit): Promise<string | null> => {
    try {
      const result = await updateAnnotations(change);
      if (!result.ok) return result.message;
      setAnnotations(result.value);
      return null;
    } catch (e) {
      return t('annotations.notSaved', e instanceof Error ? e.message : String(e));
    }
  };
  return { annotations, edit };
}
