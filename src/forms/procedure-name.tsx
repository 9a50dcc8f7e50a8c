import { legalNameOf, plainTitleOf, type ProcedureNames } from './procedure-names.ts';

/** 「正式名称：…」 in smaller type beside the plain title; nothing when there is no separate plain title. */
export function LegalName(props: { names: ProcedureNames; block?: boolean }) {
  const legal = legalNameOf(props.names);
  if (!legal) return null;
  return props.block ? <p class="legal-name">正式名称：{legal}</p> : <span class="legal-name">正式名称：{legal}</span>;
}

/** The page heading of a procedure: the plain title, then its legal name. */
export function ProcedureHeading(props: { names: ProcedureNames }) {
  return (
    <>
      <h1>{plainTitleOf(props.names)}</h1>
      <LegalName names={props.names} block />
    </>
  );
}
