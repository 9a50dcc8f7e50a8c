/** Shown wherever sample (invented) data appears, so nobody mistakes it for the town's real records. */
export function SampleNotice(props: { what?: string }) {
  return (
    <div class="notice notice-warning" role="note">
      <p><strong>サンプルデータです。</strong>{props.what ?? 'このデータ'}は、システムの試用のために作成した架空のデータを含みます。実際の施設・場所・日時とは異なりますので、お出かけや緊急時の判断には使わないでください。</p>
    </div>
  );
}

export function SampleTag() {
  return <span class="status-tag tag-sample">サンプルデータ</span>;
}
