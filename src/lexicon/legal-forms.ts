/**
 * Legal forms that end an organisation's name. Keys are token sequences (lower-case, joined by
 * a space, as the names layer sees them: "gmbh & co. kg"); values are the form as printed.
 * Longest match first is the caller's job. Data only.
 */
export const LEGAL_FORMS: ReadonlyMap<string, string> = new Map([
  ['gmbh & co. kg', 'GmbH & Co. KG'], ['gmbh & co. kgaa', 'GmbH & Co. KGaA'], ['gmbh & co kg', 'GmbH & Co. KG'],
  ['ag & co. kg', 'AG & Co. KG'], ['se & co. kg', 'SE & Co. KG'], ['ug (haftungsbeschränkt)', 'UG (haftungsbeschränkt)'],
  ['ug ( haftungsbeschränkt )', 'UG (haftungsbeschränkt)'],
  ['ug (haftungsbeschränkt) & co. kg', 'UG (haftungsbeschränkt) & Co. KG'],
  ['ug ( haftungsbeschränkt ) & co. kg', 'UG (haftungsbeschränkt) & Co. KG'],
  ['gmbh', 'GmbH'], ['ggmbh', 'gGmbH'], ['mbh', 'mbH'], ['ag', 'AG'], ['se', 'SE'], ['kg', 'KG'], ['kgaa', 'KGaA'], ['ohg', 'OHG'],
  ['gbr', 'GbR'], ['e.v.', 'e.V.'], ['e. v.', 'e.V.'], ['ev', 'e.V.'], ['eg', 'eG'], ['e.g.', 'eG'], ['ug', 'UG'], ['aör', 'AöR'],
  ['kdör', 'KdöR'], ['vvag', 'VVaG'], ['ltd.', 'Ltd.'], ['ltd', 'Ltd.'], ['inc.', 'Inc.'], ['inc', 'Inc.'], ['llc', 'LLC'],
  ['plc', 'plc'], ['corp.', 'Corp.'], ['s.a.', 'S.A.'], ['sarl', 'SARL'], ['s.à r.l.', 'S.à r.l.'], ['b.v.', 'B.V.'], ['n.v.', 'N.V.'],
  ['s.p.a.', 'S.p.A.'], ['ges.m.b.h.', 'Ges.m.b.H.'], ['gesmbh', 'GesmbH'], ['stiftung', 'Stiftung'],
]);
/**
 * Legal-form tokens that are case-sensitive (written exactly so): "AG", "SE", "KG", "eG", "UG" are
 * also ordinary words or abbreviations in other cases.
 */
export const LEGAL_FORM_EXACT: ReadonlySet<string> = new Set(['AG', 'SE', 'KG', 'eG', 'UG', 'EG', 'OHG', 'GbR', 'KGaA', 'LLC', 'Inc', 'Ltd', 'Corp.', 'plc', 'AöR', 'KdöR', 'VVaG', 'gGmbH', 'GmbH', 'mbH', 'ev', 'Inc.', 'Ltd.', 'B.V.', 'N.V.', 'S.A.', 'SARL', 'GesmbH']);
