// How the Insights name the one ER basis their figures are taken on (lib/metrics/er-basis.ts has
// the rule: the whole heatmap, the whole topics table, the Overview's median ER card in both
// periods and its top posts each take one).

import { t } from '../i18n';
import type { ErBasis } from '../types';

export type { ErBasis };

/** "by views" / "by followers", in the user's language, as the formulas name the basis. */
export const basisWords = (basis: ErBasis): string =>
  basis === 'views' ? t('insights.erBasis.views') : t('insights.erBasis.followers');
