import type { FormDefinitionInput } from '../../src/forms/form-definition.ts';
import { hoikuGenkyo } from './hoiku-genkyo.ts';
import { hoikuRiyouMoshikomi } from './hoiku-riyou-moshikomi.ts';
import { hoikuShikyuNintei } from './hoiku-shikyu-nintei.ts';
import { inkanToroku } from './inkan-toroku.ts';
import { jidoFuyoTeateGenkyoJizen } from './jido-fuyo-teate-genkyo-jizen.ts';
import { jidoTeateGakuKaitei } from './jido-teate-gaku-kaitei.ts';
import { jidoTeateGenkyo } from './jido-teate-genkyo.ts';
import { jidoTeateKifu } from './jido-teate-kifu.ts';
import { jidoTeateKifuHenko } from './jido-teate-kifu-henko.ts';
import { jidoTeateKyushokuhiChoshu } from './jido-teate-kyushokuhi-choshu.ts';
import { jidoTeateKyushokuhiChoshuHenko } from './jido-teate-kyushokuhi-choshu-henko.ts';
import { jidoTeateMishiharai } from './jido-teate-mishiharai.ts';
import { jidoTeateNinteiSeikyu } from './jido-teate-nintei-seikyu.ts';
import { jidoTeateShimeiJushoHenko } from './jido-teate-shimei-jusho-henko.ts';
import { jidoTeateShometsu } from './jido-teate-shometsu.ts';
import { juminhyoUtsushi } from './juminhyo-utsushi.ts';
import { kaigoFukushiYoguKonyu } from './kaigo-fukushi-yogu-konyu.ts';
import { kaigoFutanGendogaku } from './kaigo-futan-gendogaku.ts';
import { kaigoFutanWariaiSaikofu } from './kaigo-futan-wariai-saikofu.ts';
import { kaigoHihokenshashoSaikofu } from './kaigo-hihokenshasho-saikofu.ts';
import { kaigoJutakuKaishu } from './kaigo-jutaku-kaishu.ts';
import { kaigoKeikakuSakuseiIrai } from './kaigo-keikaku-sakusei-irai.ts';
import { kaigoKogakuServiceHi } from './kaigo-kogaku-service-hi.ts';
import { kaigoNintei } from './kaigo-nintei.ts';
import { kaigoNinteiKoshin } from './kaigo-nintei-koshin.ts';
import { kaigoNinteiKubunHenko } from './kaigo-nintei-kubun-henko.ts';
import { kaigoNinteiTennyu } from './kaigo-nintei-tennyu.ts';
import { keijidoshaZeiGenmen } from './keijidosha-zei-genmen.ts';
import { kokuhoKanyuDattai } from './kokuho-kanyu-dattai.ts';
import { ninshinTodokede } from './ninshin-todokede.ts';
import { risaiShomeisho } from './risai-shomeisho.ts';
import { tennyuTodoke } from './tennyu-todoke.ts';

/**
 * The demo catalog, in the order residents see it: by category as in CATEGORIES, and within a
 * category in the order life brings them (妊娠 → 児童手当 → 保育; 認定 → ケアプラン → 給付).
 * The 27 procedures of the national priority list (子育て15・介護11・被災者支援1) are online;
 * the five 町民課 ones are listed with how to do them at the counter or by post.
 */
export const demoProcedures: FormDefinitionInput[] = [
  // 妊娠・出産・子育て
  ninshinTodokede,
  jidoTeateNinteiSeikyu,
  jidoTeateGakuKaitei,
  jidoTeateShimeiJushoHenko,
  jidoTeateShometsu,
  jidoTeateMishiharai,
  jidoTeateKifu,
  jidoTeateKifuHenko,
  jidoTeateKyushokuhiChoshu,
  jidoTeateKyushokuhiChoshuHenko,
  jidoTeateGenkyo,
  hoikuShikyuNintei,
  hoikuRiyouMoshikomi,
  hoikuGenkyo,
  jidoFuyoTeateGenkyoJizen,
  // 介護・高齢者
  kaigoNintei,
  kaigoNinteiKoshin,
  kaigoNinteiKubunHenko,
  kaigoNinteiTennyu,
  kaigoKeikakuSakuseiIrai,
  kaigoFutanWariaiSaikofu,
  kaigoHihokenshashoSaikofu,
  kaigoKogakuServiceHi,
  kaigoFutanGendogaku,
  kaigoFukushiYoguKonyu,
  kaigoJutakuKaishu,
  // 災害・被災者支援
  risaiShomeisho,
  // 住民票・印鑑登録・転入転出
  tennyuTodoke,
  juminhyoUtsushi,
  inkanToroku,
  // 税金
  keijidoshaZeiGenmen,
  // 健康・保険
  kokuhoKanyuDattai,
];
