package org.kenshu.tools;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Fictional staff names: a common family name and a common given name picked at random (fixed
 * seed), each with its katakana reading. Combinations are unique except one deliberate pair of
 * namesakes (同姓同名) that imports must tell apart by employee number.
 */
final class SampleNames {
    record Name(String family, String given, String familyKana, String givenKana) {
        String joined(String space) {
            return family + space + given;
        }

        String kana(String space) {
            return familyKana + space + givenKana;
        }
    }

    private static final String FAMILY = "佐藤サトウ 鈴木スズキ 高橋タカハシ 田中タナカ 伊藤イトウ 渡辺ワタナベ 山本ヤマモト "
            + "中村ナカムラ 小林コバヤシ 加藤カトウ 吉田ヨシダ 山田ヤマダ 佐々木ササキ 山口ヤマグチ 松本マツモト "
            + "井上イノウエ 木村キムラ 林ハヤシ 斎藤サイトウ 清水シミズ 山崎ヤマザキ 森モリ 池田イケダ 橋本ハシモト "
            + "阿部アベ 石川イシカワ 山下ヤマシタ 中島ナカジマ 石井イシイ 小川オガワ 前田マエダ 岡田オカダ "
            + "長谷川ハセガワ 藤田フジタ 後藤ゴトウ 近藤コンドウ 村上ムラカミ 遠藤エンドウ 青木アオキ 坂本サカモト "
            + "福田フクダ 太田オオタ 西村ニシムラ 藤井フジイ 金子カネコ 岡本オカモト 藤原フジワラ 中野ナカノ "
            + "三浦ミウラ 原田ハラダ 中川ナカガワ 松田マツダ 竹内タケウチ 小野オノ 田村タムラ 中山ナカヤマ "
            + "和田ワダ 石田イシダ 森田モリタ 上田ウエダ 原ハラ 内田ウチダ 柴田シバタ 酒井サカイ 宮崎ミヤザキ "
            + "横山ヨコヤマ 高木タカギ 安藤アンドウ 宮本ミヤモト 大野オオノ 小島コジマ 谷口タニグチ 今井イマイ "
            + "工藤クドウ 高田タカダ 増田マスダ 丸山マルヤマ 杉山スギヤマ 村田ムラタ 大塚オオツカ 新井アライ "
            + "小山コヤマ 平野ヒラノ 藤本フジモト 河野コウノ 上野ウエノ 野口ノグチ 武田タケダ 松井マツイ "
            + "千葉チバ 岩崎イワサキ 菅原スガワラ 木下キノシタ 久保クボ 佐野サノ 野村ノムラ 松尾マツオ "
            + "市川イチカワ 菊地キクチ 杉本スギモト 古川フルカワ 大西オオニシ 島田シマダ 水野ミズノ 桜井サクライ "
            + "高野タカノ 吉川ヨシカワ 山内ヤマウチ 西田ニシダ 飯田イイダ 西川ニシカワ 小松コマツ 北村キタムラ "
            + "安田ヤスダ 五十嵐イガラシ 川口カワグチ 平田ヒラタ 関セキ 中田ナカタ 久保田クボタ 服部ハットリ "
            + "岩田イワタ 土屋ツチヤ 川村カワムラ 星野ホシノ 矢野ヤノ 浅野アサノ 大久保オオクボ 松下マツシタ "
            + "吉村ヨシムラ 荒木アラキ 小池コイケ 大橋オオハシ 松岡マツオカ 中西ナカニシ 坂口サカグチ";

    private static final String MALE = "大輔ダイスケ 翔太ショウタ 健太ケンタ 拓也タクヤ 直樹ナオキ 和也カズヤ 達也タツヤ "
            + "誠マコト 浩ヒロシ 剛ツヨシ 隆タカシ 修オサム 博之ヒロユキ 健一ケンイチ 慎也シンヤ 亮リョウ 大樹ダイキ "
            + "翔ショウ 蓮レン 悠斗ユウト 陽太ヨウタ 優太ユウタ 雄一ユウイチ 康弘ヤスヒロ 正樹マサキ 秀樹ヒデキ "
            + "昌平ショウヘイ 智之トモユキ 裕介ユウスケ 圭介ケイスケ 洋平ヨウヘイ 俊介シュンスケ 一郎イチロウ "
            + "健二ケンジ 恭平キョウヘイ 哲也テツヤ 勇気ユウキ 航ワタル 颯太ソウタ 拓海タクミ 大和ヤマト "
            + "光太郎コウタロウ 聡サトシ 英樹ヒデキ 克也カツヤ 淳ジュン 賢治ケンジ 祐樹ユウキ 隼人ハヤト 真司シンジ";

    private static final String FEMALE = "陽子ヨウコ 恵子ケイコ 裕子ユウコ 美穂ミホ 真由美マユミ 由美子ユミコ 智子トモコ "
            + "直美ナオミ 久美子クミコ 明美アケミ 美咲ミサキ 彩アヤ 愛アイ 麻衣マイ 沙織サオリ 香織カオリ 優子ユウコ "
            + "恵メグミ 瞳ヒトミ 奈々ナナ 千尋チヒロ 葵アオイ 結衣ユイ 陽菜ヒナ 美月ミツキ さくらサクラ 花子ハナコ "
            + "玲奈レイナ 綾香アヤカ 里美サトミ 亜希子アキコ 典子ノリコ 幸子サチコ 理恵リエ 由香ユカ 友美トモミ "
            + "加奈子カナコ 晴美ハルミ 早紀サキ 桃子モモコ 菜摘ナツミ 真央マオ 絵美エミ 詩織シオリ 彩花アヤカ "
            + "麻美アサミ 志保シホ 美紀ミキ";

    private final List<String[]> family = split(FAMILY);
    private final List<String[]> male = split(MALE);
    private final List<String[]> female = split(FEMALE);
    private final Set<String> used = new HashSet<>();
    private final Random random;

    SampleNames(Random random) {
        this.random = random;
    }

    /** A fresh name not used before in this city. */
    Name next() {
        while (true) {
            String[] f = family.get(random.nextInt(family.size()));
            List<String[]> givens = random.nextBoolean() ? male : female;
            String[] g = givens.get(random.nextInt(givens.size()));
            Name name = new Name(f[0], g[0], f[1], g[1]);
            if (used.add(name.joined(""))) {
                return name;
            }
        }
    }

    /** A given family name (for the 髙橋/山﨑 spellings only windows-31j and Unicode have). */
    Name withFamily(String familyName, String familyKana) {
        while (true) {
            List<String[]> givens = random.nextBoolean() ? male : female;
            String[] g = givens.get(random.nextInt(givens.size()));
            Name name = new Name(familyName, g[0], familyKana, g[1]);
            if (used.add(name.joined(""))) {
                return name;
            }
        }
    }

    private static List<String[]> split(String spec) {
        return java.util.Arrays.stream(spec.split(" ")).map(SampleNames::splitOne).toList();
    }

    /** 「佐藤サトウ」 → 佐藤, サトウ: the reading starts at the first katakana character. */
    private static String[] splitOne(String entry) {
        int i = 1;
        while (i < entry.length() && !isKatakana(entry.charAt(i))) {
            i++;
        }
        return new String[] {entry.substring(0, i), entry.substring(i)};
    }

    private static boolean isKatakana(char c) {
        return c >= '\u30A1' && c <= '\u30FA';
    }
}
