package org.kenshu.tools;

import java.util.List;

/**
 * The fixed structure of さくら台市: the seven tiers of 入間市, job categories, departments, and the
 * 17 competencies with the ◎/○ matrix exactly as 入間市's table gives it.
 */
final class SampleOrganisation {
    static final String CITY = "さくら台市";

    /** A tier: code, name, rank (1 = most junior), roster aliases, a one-line description. */
    record TierDef(String code, String name, int rank, List<String> aliases, String description) {
    }

    static final List<TierDef> TIERS = List.of(
            new TierDef("SHUJI", "主事・主事補級", 1, List.of("主事", "主事補"),
                    "担当業務を正確にこなし、基礎を固める段階"),
            new TierDef("SHUNIN", "主任級", 2, List.of("主任"),
                    "係の実務の中心として業務を回し、後輩を支える段階"),
            new TierDef("SHUSA", "副主幹・主査級", 3, List.of("主査", "副主幹"),
                    "グループを取りまとめ、進行と調整を担う係長相当"),
            new TierDef("SHUKAN", "主幹級", 4, List.of("主幹"),
                    "課長を支えて課の目標を進め、部下の業務を管理する"),
            new TierDef("KACHO", "課長級", 5, List.of("課長"),
                    "課の方針を定め、組織と人を動かして成果を出す"),
            new TierDef("JICHO", "次長級", 6, List.of("次長"),
                    "部長を補佐し、部内外の連携と調整を担う"),
            new TierDef("BUCHO", "部長級", 7, List.of("部長"),
                    "部の経営方針を決め、政策形成と危機対応を率いる"));

    static final String SHUJI = "SHUJI";
    static final String SHUNIN = "SHUNIN";
    static final String SHUSA = "SHUSA";
    static final String SHUKAN = "SHUKAN";
    static final String KACHO = "KACHO";
    static final String JICHO = "JICHO";
    static final String BUCHO = "BUCHO";

    record JobDef(String code, String name) {
    }

    static final List<JobDef> JOBS = List.of(
            new JobDef("GENERAL", "一般行政"),
            new JobDef("TECHNICAL", "技術"),
            new JobDef("CHILDCARE", "保育士"),
            new JobDef("NURSE", "保健師"),
            new JobDef("LABOR", "技能労務"),
            new JobDef("FIRE", "消防"),
            new JobDef("PART_TIME", "会計年度任用"));

    /** A competency with its ◎/○ per tier column (主事 … 課長, then 部長級・次長級 for both). */
    record CompetencyDef(String code, String name, String description, String marks) {
    }

    /**
     * {@code marks} holds six characters, one per column of 入間市's table: 主事・主事補級, 主任級,
     * 副主幹・主査級, 主幹級, 課長級, 部長級・次長級 ('-' = blank). Names are the seed's; descriptions
     * are our own paraphrases.
     */
    static final List<CompetencyDef> COMPETENCIES = List.of(
            new CompetencyDef("ADMIN_MGMT", "行政経営能力",
                    "将来を見通し、費用と速さを意識して市政を経営の目で動かす力", "-----◎"),
            new CompetencyDef("ORG_MGMT", "組織管理能力",
                    "組織の向かう先を示し、チームをまとめて力を発揮させる力", "----◎◎"),
            new CompetencyDef("POLICY", "政策形成能力",
                    "社会の変化から課題をつかみ、施策をつくって検証し改める力", "---◎◎◎"),
            new CompetencyDef("CRISIS", "危機管理能力",
                    "平時からリスクに備え、非常時に素早く適切に動ける力", "---◎◎◎"),
            new CompetencyDef("PEOPLE_DEV", "人材育成能力",
                    "部下の持ち味を見極め、挑戦を後押しして育てる力", "--◎◎◎○"),
            new CompetencyDef("NEGOTIATION", "交渉・調整能力",
                    "庁内外の相手と話をまとめ、協力関係をつくる力", "--◎◎◎◎"),
            new CompetencyDef("GOAL_MGMT", "目標管理能力",
                    "上位の目標を部下の目標に落とし込み、進み具合を見守る力", "--◎◎◎○"),
            new CompetencyDef("INFO_USE", "情報活用能力",
                    "必要な情報を幅広く集めて分析し、職場で共有して使う力", "-◎◎◎○○"),
            new CompetencyDef("PLANNING", "企画立案能力",
                    "事業のアイデアを具体的な計画にして実行につなげる力", "-◎◎○○○"),
            new CompetencyDef("PRESENTATION", "プレゼンテーション能力",
                    "相手の関心に合わせて分かりやすく伝え、納得を得る力", "-◎◎○○○"),
            new CompetencyDef("WORK_MGMT", "業務管理能力",
                    "担当業務が目標どおり適正に進んでいるかを管理する力", "-◎◎○○○"),
            new CompetencyDef("COMMUNICATION", "コミュニケーション能力",
                    "市民や同僚の話をよく聴き、信頼される応対と説明ができる力", "◎◎◎○○○"),
            new CompetencyDef("CHALLENGE", "チャレンジ精神",
                    "新しい仕事や難しい仕事にも進んで取り組む姿勢", "◎◎○○○○"),
            new CompetencyDef("KAIZEN_DX", "課題発見・改善・DX推進能力",
                    "業務の問題に気づき、デジタルやデータも使って仕事の進め方を変える力", "◎◎○○○○"),
            new CompetencyDef("CLERICAL", "事務処理能力",
                    "知識とデジタル技術を使い、公平・正確・迅速に事務を処理する力", "◎○○○○○"),
            new CompetencyDef("SELF_MGMT", "自己管理・啓発能力",
                    "自分から学び続け、心身の健康も自分で保つ力", "◎○○○○○"),
            new CompetencyDef("ETHICS", "倫理・責任感",
                    "公務員としての倫理と人権感覚を持ち、責任をもって行動する姿勢", "◎○○○○○"));

    /** The column of {@link CompetencyDef#marks} a tier reads (次長級 and 部長級 share the last). */
    static int matrixColumn(String tierCode) {
        return switch (tierCode) {
            case SHUJI -> 0;
            case SHUNIN -> 1;
            case SHUSA -> 2;
            case SHUKAN -> 3;
            case KACHO -> 4;
            case JICHO, BUCHO -> 5;
            default -> throw new IllegalArgumentException(tierCode);
        };
    }

    /** A 課 with its 部, head count and job-category mix ("GENERAL:12,PART_TIME:4"). */
    record DeptDef(String bu, String ka, String mix) {
        String name() {
            return bu + " " + ka;
        }
    }

    static final List<DeptDef> DEPARTMENTS = List.of(
            new DeptDef("総務部", "総務課", "GENERAL:14,PART_TIME:2"),
            new DeptDef("総務部", "人事課", "GENERAL:10"),
            new DeptDef("総務部", "財政課", "GENERAL:9"),
            new DeptDef("総務部", "情報政策課", "GENERAL:8,TECHNICAL:1"),
            new DeptDef("総務部", "契約検査課", "GENERAL:6,TECHNICAL:2"),
            new DeptDef("企画部", "企画課", "GENERAL:10"),
            new DeptDef("企画部", "広報広聴課", "GENERAL:6,PART_TIME:1"),
            new DeptDef("企画部", "市民協働課", "GENERAL:7,PART_TIME:1"),
            new DeptDef("市民部", "市民課", "GENERAL:20,PART_TIME:8"),
            new DeptDef("市民部", "税務課", "GENERAL:21,PART_TIME:3"),
            new DeptDef("市民部", "収納課", "GENERAL:12,PART_TIME:2"),
            new DeptDef("市民部", "保険年金課", "GENERAL:15,PART_TIME:3"),
            new DeptDef("福祉部", "福祉総務課", "GENERAL:12,PART_TIME:2"),
            new DeptDef("福祉部", "障害福祉課", "GENERAL:13,PART_TIME:3"),
            new DeptDef("福祉部", "介護保険課", "GENERAL:13,NURSE:1,PART_TIME:2"),
            new DeptDef("福祉部", "生活支援課", "GENERAL:11,PART_TIME:1"),
            new DeptDef("子ども未来部", "子育て支援課", "GENERAL:12,PART_TIME:2"),
            new DeptDef("子ども未来部", "保育課", "GENERAL:8,CHILDCARE:48,PART_TIME:12"),
            new DeptDef("健康推進部", "健康づくり課", "GENERAL:8,NURSE:14,PART_TIME:2"),
            new DeptDef("健康推進部", "地域保健課", "GENERAL:6,NURSE:3"),
            new DeptDef("環境経済部", "環境課", "GENERAL:11,TECHNICAL:2,LABOR:12"),
            new DeptDef("環境経済部", "商工観光課", "GENERAL:10"),
            new DeptDef("環境経済部", "農政課", "GENERAL:7,TECHNICAL:2"),
            new DeptDef("建設部", "道路課", "GENERAL:6,TECHNICAL:13,LABOR:8"),
            new DeptDef("建設部", "都市計画課", "GENERAL:4,TECHNICAL:8"),
            new DeptDef("建設部", "建築住宅課", "GENERAL:3,TECHNICAL:9"),
            new DeptDef("建設部", "下水道課", "GENERAL:4,TECHNICAL:10"),
            new DeptDef("消防本部", "消防総務課", "FIRE:11,GENERAL:2"),
            new DeptDef("消防本部", "予防課", "FIRE:12"),
            new DeptDef("消防本部", "警防課", "FIRE:20"),
            new DeptDef("消防本部", "消防署", "FIRE:48"),
            new DeptDef("教育部", "教育総務課", "GENERAL:10,LABOR:8,PART_TIME:2"),
            new DeptDef("教育部", "学校教育課", "GENERAL:14,PART_TIME:2"),
            new DeptDef("教育部", "生涯学習課", "GENERAL:9,PART_TIME:6"),
            new DeptDef("教育部", "スポーツ課", "GENERAL:7"),
            new DeptDef("議会事務局", "庶務課", "GENERAL:4"),
            new DeptDef("議会事務局", "議事調査課", "GENERAL:5"));

    /** Course type code, name, colour (distinct hues that stay apart on a grey-scale print). */
    static final List<String[]> COURSE_TYPES = List.of(
            new String[] {"TIER", "階層別研修", "#1F4E79"},
            new String[] {"SPECIAL", "特別研修", "#2E7D32"},
            new String[] {"DISPATCH", "派遣研修", "#C62828"},
            new String[] {"JOINT", "合同研修", "#6A1B9A"},
            new String[] {"OJT", "職場研修(OJT)", "#EF6C00"},
            new String[] {"SELF_DEVELOPMENT", "自己啓発", "#8D6E63"},
            new String[] {"E_LEARNING", "eラーニング", "#00838F"},
            new String[] {"EXCHANGE", "人事交流", "#AD1457"});

    static final List<String[]> DESIGNATION_ROLES = List.of(
            new String[] {"DX_LEADER", "DX推進リーダー"},
            new String[] {"DXER", "DXer"},
            new String[] {"MENTOR", "メンター"},
            new String[] {"INSTRUCTOR", "内部講師"},
            new String[] {"EVALUATOR", "評定者"});

    private SampleOrganisation() {
    }

    static String courseTypeName(String code) {
        return COURSE_TYPES.stream().filter(t -> t[0].equals(code)).findFirst().orElseThrow()[1];
    }

    static TierDef tier(String code) {
        return TIERS.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    static String jobName(String code) {
        return JOBS.stream().filter(j -> j.code().equals(code)).findFirst().orElseThrow().name();
    }
}
