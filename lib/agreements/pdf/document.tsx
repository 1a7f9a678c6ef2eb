/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * The PDF layout of a filled agreement (server-only). It takes the `@react-pdf/renderer` module as an argument
 * instead of importing it: the renderer is ESM-only, and `render.ts` loads it with a dynamic import so the same
 * code runs under Next (webpack), vitest and `tsx` (scripts/render-agreement.ts, CommonJS).
 *
 * Determinism: only the PDF standard fonts (Helvetica, Times, Courier; no font files, no network), fixed
 * metadata strings, and a creation date taken from the inputs. Nothing reads the clock, the
 * locale or randomness.
 */
import type { DocumentProps, TextProps } from '@react-pdf/renderer';
import type { ReactElement, ReactNode } from 'react';
import type { AgreementDocument, Clause } from '../types';

type ReactPdf = typeof import('@react-pdf/renderer');

/** Fixed metadata strings: part of the bytes, so part of the template version. */
export const PDF_CREATOR = 'Levetrage agreement templates';
export const PDF_PRODUCER = 'Levetrage (@react-pdf/renderer 4.9.0, PDF standard fonts)';

const INK = '#111111';
const MUTED = '#555555';
const RULE = '#999999';
/** Body size and line height. react-pdf resolves a unitless lineHeight against the style's own fontSize (default 18),
 * so every style with a lineHeight also sets its fontSize; on the page it would also push the absolute footer away. */
const BODY = 10.5;
const LEADING = 1.35;
/** No hyphenation: addresses, hashes and function names must read exactly as written. */
const noHyphens = (word: string) => [word];

/**
 * The document element; `date` is the agreement's day (00:00 UTC), the PDF's creation date. No modification date:
 * react-pdf 4.9 would write it under a non-standard key (/ModificationDate), so the PDF has none (also fixed).
 */
export function agreementPdfElement(rp: ReactPdf, doc: AgreementDocument, date: Date): ReactElement<DocumentProps> {
  const { Document, Page, View, StyleSheet } = rp;
  const RpText = rp.Text;
  const Text = (props: TextProps & { children?: ReactNode }) => <RpText hyphenationCallback={noHyphens} {...props} />;
  const s = StyleSheet.create({
    page: {
      fontFamily: 'Times-Roman',
      fontSize: BODY,
      color: INK,
      paddingTop: 54,
      paddingBottom: 64,
      paddingHorizontal: 60,
    },
    title: { fontFamily: 'Helvetica-Bold', fontSize: 18, marginBottom: 4 },
    subtitle: { fontFamily: 'Helvetica', fontSize: 11, color: MUTED, marginBottom: 2 },
    dated: { fontFamily: 'Helvetica', fontSize: 9.5, color: MUTED, marginBottom: 14 },
    preamble: { fontSize: BODY, lineHeight: LEADING, marginBottom: 10 },
    h1: {
      fontFamily: 'Helvetica-Bold',
      fontSize: 12.5,
      marginTop: 12,
      marginBottom: 5,
      paddingBottom: 2,
      borderBottomWidth: 0.75,
      borderBottomColor: RULE,
    },
    clause: { marginBottom: 7 },
    h2row: { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-end', marginBottom: 3 },
    h2: { fontFamily: 'Helvetica-Bold', fontSize: 10.5 },
    tag: { fontFamily: 'Helvetica', fontSize: 7.5, color: MUTED, marginLeft: 8 },
    tagConfidential: { fontFamily: 'Helvetica-Bold', fontSize: 7.5, color: INK, marginLeft: 8 },
    para: { fontSize: BODY, lineHeight: LEADING, marginBottom: 3 },
    item: { flexDirection: 'row', marginBottom: 2, paddingLeft: 10 },
    bullet: { width: 12, fontSize: BODY, lineHeight: LEADING },
    itemText: { flex: 1, fontSize: BODY, lineHeight: LEADING },
    facts: { borderTopWidth: 0.5, borderTopColor: RULE, marginBottom: 6 },
    factRow: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: RULE, paddingVertical: 3 },
    factLabel: { width: '32%', fontFamily: 'Helvetica-Bold', fontSize: 8.5, paddingRight: 6 },
    factValue: { width: '68%', fontSize: 9.5, lineHeight: LEADING },
    factMono: { width: '68%', fontFamily: 'Courier', fontSize: 9 },
    note: { fontSize: 9, lineHeight: LEADING, color: MUTED, marginBottom: 4 },
    signatures: { flexDirection: 'row', justifyContent: 'space-between', marginTop: 10 },
    signature: { width: '47%', borderTopWidth: 0.75, borderTopColor: INK, paddingTop: 4 },
    sigRole: { fontFamily: 'Helvetica-Bold', fontSize: 9 },
    sigLine: { fontSize: 9.5, marginTop: 2 },
    sigMono: { fontFamily: 'Courier', fontSize: 7.5, marginTop: 2 },
    sigBlank: { fontSize: 9.5, marginTop: 22, borderBottomWidth: 0.5, borderBottomColor: RULE },
    colophon: { marginTop: 18, paddingTop: 6, borderTopWidth: 0.5, borderTopColor: RULE },
    colophonText: { fontFamily: 'Helvetica', fontSize: 8, lineHeight: LEADING, color: MUTED, marginBottom: 3 },
    footer: {
      position: 'absolute',
      left: 60,
      right: 60,
      bottom: 30,
      flexDirection: 'row',
      justifyContent: 'space-between',
      fontFamily: 'Helvetica',
      fontSize: 7.5,
      color: MUTED,
    },
  });

  // A heading never ends a page: it is kept together with the first paragraph that follows it (and a section's
  // heading with its first clause's). react-pdf's minPresenceAhead does not hold across these nested views.
  const clauseView = (c: Clause, number: string, sectionHeading?: ReactElement) => (
    <View key={c.id} style={s.clause}>
      <View wrap={false}>
        {sectionHeading}
        <View style={s.h2row}>
          <Text style={s.h2}>
            {number} {c.title}
          </Text>
          <Text style={c.visibility === 'confidential' ? s.tagConfidential : s.tag}>[{c.visibility}]</Text>
        </View>
        <Text style={s.para}>{c.paragraphs[0]}</Text>
      </View>
      {c.paragraphs.slice(1).map((p, i) => (
        <Text key={`p${i}`} style={s.para}>
          {p}
        </Text>
      ))}
      {(c.items ?? []).map((item, i) => (
        <View key={`i${i}`} style={s.item} wrap={false}>
          <Text style={s.bullet}>{'\u2022'}</Text>
          <Text style={s.itemText}>{item}</Text>
        </View>
      ))}
    </View>
  );

  return (
    <Document
      title={doc.meta.title}
      author={doc.meta.author}
      subject={doc.meta.subject}
      keywords={doc.meta.keywords}
      creator={PDF_CREATOR}
      producer={PDF_PRODUCER}
      creationDate={date}
      language="en"
    >
      <Page size="LETTER" style={s.page} wrap>
        <View style={s.footer} fixed>
          <Text>{doc.footer}</Text>
          <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        </View>
        <Text style={s.title}>{doc.title}</Text>
        <Text style={s.subtitle}>{doc.subtitle}</Text>
        <Text style={s.dated}>Dated {doc.dated}</Text>
        <Text style={s.preamble}>{doc.preamble}</Text>

        <Text style={s.h1} minPresenceAhead={80}>
          1. {doc.factsTitle}
        </Text>
        <View style={s.facts}>
          {doc.facts.map((f) => (
            <View key={f.label} style={s.factRow} wrap={false}>
              <Text style={s.factLabel}>{f.label}</Text>
              <Text style={f.mono ? s.factMono : s.factValue}>{f.value}</Text>
            </View>
          ))}
        </View>
        <Text style={s.note}>{doc.factsNote}</Text>

        {doc.sections.map((section, i) => (
          <View key={section.id}>
            {section.clauses.map((c, j) =>
              clauseView(
                c,
                `${i + 2}.${j + 1}`,
                j === 0 ? (
                  <Text style={s.h1}>
                    {i + 2}. {section.title}
                  </Text>
                ) : undefined,
              ),
            )}
          </View>
        ))}

        <View style={s.signatures} wrap={false}>
          {doc.signatories.map((p) => (
            <View key={p.role} style={s.signature}>
              <Text style={s.sigRole}>{p.role}</Text>
              <Text style={s.sigLine}>{p.name}</Text>
              <Text style={s.sigMono}>{p.account}</Text>
              <Text style={s.sigBlank}>Signature:</Text>
              <Text style={s.sigBlank}>Date:</Text>
            </View>
          ))}
        </View>

        <View style={s.colophon} wrap={false}>
          {doc.colophon.map((line, i) => (
            <Text key={`c${i}`} style={s.colophonText}>
              {line}
            </Text>
          ))}
        </View>
      </Page>
    </Document>
  );
}
