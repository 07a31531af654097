package org.kenshu.tools;

import java.util.List;

/** The course catalog of さくら台市 (43 courses over all eight course types) and its providers. */
final class SampleCatalog {
    static final String HR = "人事課";
    static final String FIRE_HQ = "消防本部";
    static final String ACADEMY = "市町村アカデミー";
    static final String JIAM = "全国市町村国際文化研修所(JIAM)";
    static final String JICHI = "自治大学校";
    static final String PREF = "桜野県市町村職員研修センター";
    static final String WEST = "桜野県西部地域連携協議会";
    static final String VENDOR = "株式会社ひまわり人材開発";
    static final String DIGITAL = "株式会社さくらデジタル研究所";
    static final String ELEARN = "みらいeラーニング株式会社";

    /** Provider name, internal?, note. */
    static final List<String[]> PROVIDERS = List.of(
            new String[] {HR, "true", "庁内研修の企画・実施（研修担当）"},
            new String[] {FIRE_HQ, "true", "普通救命講習の指導"},
            new String[] {ACADEMY, "false", "市町村職員中央研修所（千葉市）"},
            new String[] {JIAM, "false", "滋賀県大津市"},
            new String[] {JICHI, "false", "東京都立川市"},
            new String[] {PREF, "false", "県内市町村の合同研修（架空の機関）"},
            new String[] {WEST, "false", "近隣5市の合同研修（架空の協議会）"},
            new String[] {VENDOR, "false", "研修講師派遣（架空の企業）"},
            new String[] {DIGITAL, "false", "DX・デジタル研修（架空の企業）"},
            new String[] {ELEARN, "false", "eラーニング配信（架空の企業）"});

    private static final String ALL_REGULAR_JOBS = "GENERAL,TECHNICAL,CHILDCARE,NURSE,LABOR";
    private static final String[] ALL_TIERS = {"SHUJI", "SHUNIN", "SHUSA", "SHUKAN", "KACHO", "JICHO", "BUCHO"};

    private SampleCatalog() {
    }

    private static CourseDef c(String name, String code, String type) {
        return new CourseDef(name, code, type);
    }

    static final List<CourseDef> COURSES = List.of(
            // 階層別研修
            c("新規採用職員研修", "NEW_HIRE", "TIER").days(3, 19.5).cap(15, 0).tiers("SHUJI").jobs(ALL_REGULAR_JOBS.split(","))
                    .years(0, 0).comp("ETHICS", "CLERICAL", "COMMUNICATION", "SELF_MGMT").alias("新規採用者研修")
                    .about("市職員としての心構えと基礎知識を3日間で学ぶ").venue("研修センター 研修室A").by(HR, "@人事課").at("4/7", "4/14"),
            c("新規採用職員フォローアップ研修", "NEW_HIRE_FOLLOWUP", "TIER").cap(30, 0).tiers("SHUJI").jobs(ALL_REGULAR_JOBS.split(","))
                    .years(0, 0).comp("CHALLENGE", "KAIZEN_DX").alias("新採フォローアップ研修")
                    .about("採用半年の振り返りと業務改善の視点づくり").by(HR, "@人事課").at("10/20"),
            c("採用2年目研修", "SECOND_YEAR", "TIER").cap(15, 3000).tiers("SHUJI").jobs(ALL_REGULAR_JOBS.split(",")).years(1, 1)
                    .comp("CHALLENGE", "KAIZEN_DX", "COMMUNICATION").alias("2年目職員研修")
                    .about("2年目職員が仕事の進め方と報連相を見直す").venue("本庁舎 第2会議室").by(VENDOR, "（株）ひまわり人材開発").at("6/16", "6/23"),
            c("主事級研修", "JUNIOR", "TIER").days(2, 13).cap(12, 3000).tiers("SHUJI").jobs(ALL_REGULAR_JOBS.split(",")).years(3, 3)
                    .comp("CLERICAL", "KAIZEN_DX", "CHALLENGE").alias("主事・主事補級研修")
                    .about("採用4年目の職員が担当業務の改善提案をまとめる").venue("研修センター 研修室A").by(VENDOR, "（株）ひまわり人材開発").at("9/8", "12/8"),
            c("新任主任研修", "NEW_SHUNIN", "TIER").cap(15, 0).tiers("SHUNIN").newlyPromoted()
                    .comp("INFO_USE", "PLANNING", "PRESENTATION", "WORK_MGMT").alias("新任主任級研修")
                    .about("主任に昇任した職員が係の中心としての役割を学ぶ").by(HR, "@人事課").at("5/19", "7/7", "2/9"),
            c("新任係長級研修", "NEW_SHUSA", "TIER").cap(12, 0).tiers("SHUSA").newlyPromoted()
                    .comp("NEGOTIATION", "PEOPLE_DEV", "GOAL_MGMT", "WORK_MGMT").alias("新任係長研修")
                    .about("副主幹・主査に昇任した職員がグループ運営と部下指導を学ぶ").venue("本庁舎 第2会議室").by(HR, "@人事課").at("5/12", "6/9"),
            c("新任主幹研修", "NEW_SHUKAN", "TIER").days(2, 13).cap(40, 12000).tiers("SHUKAN").newlyPromoted()
                    .comp("POLICY", "CRISIS", "NEGOTIATION").alias("新任主幹級研修")
                    .about("県内市町村合同で、課長補佐としての判断と調整を学ぶ").venue("桜野県自治会館").by(PREF, "").at("7/14"),
            c("新任課長研修", "NEW_KACHO", "TIER").cap(40, 8000).tiers("KACHO").newlyPromoted()
                    .comp("ORG_MGMT", "POLICY", "PEOPLE_DEV", "GOAL_MGMT").alias("新任課長級研修")
                    .about("県内市町村合同で、新任管理職の役割と組織運営を学ぶ").venue("桜野県自治会館").by(PREF, "").at("5/26"),
            c("管理職マネジメント研修", "MANAGEMENT", "TIER").cap(30, 5000).tiers("KACHO", "JICHO").target("課長級・次長級")
                    .comp("ORG_MGMT", "PEOPLE_DEV", "CRISIS").alias("管理職研修")
                    .about("課の運営、部下育成、リスク対応をケースで学ぶ").by(VENDOR, "株式会社ひまわり人材開発").at("8/20", "11/12"),
            c("トップマネジメント研修", "TOP_MANAGEMENT", "TIER").days(1, 3.5).cap(30, 5000).tiers("JICHO", "BUCHO")
                    .comp("ADMIN_MGMT", "ORG_MGMT", "POLICY").alias("トップセミナー")
                    .about("部局経営と政策判断を外部講師と考える").venue("本庁舎 第3会議室").by(VENDOR, "株式会社ひまわり人材開発").at("10/27"),
            // 特別研修
            c("接遇研修", "HOSPITALITY", "SPECIAL").cap(24, 3000).tiers("SHUJI", "SHUNIN").comp("COMMUNICATION", "ETHICS")
                    .alias("接遇マナー研修").about("窓口・電話応対の基本と実践").venue("本庁舎 第2会議室").by(VENDOR, "（株）ひまわり人材開発")
                    .at("4/21", "5/21", "6/18", "9/17", "11/10", "1/19"),
            c("文書事務研修", "DOCUMENT", "SPECIAL").days(1, 3).cap(24, 0).tiers("SHUJI").comp("CLERICAL").alias("文書研修")
                    .about("公用文の書き方と文書管理の基本").venue("本庁舎 第3会議室").by(HR, "@総務課").at("4/23", "5/28", "10/15", "12/10", "2/4"),
            c("法制執務研修", "LEGAL", "SPECIAL").days(2, 6).cap(24, 0).tiers("SHUJI", "SHUNIN", "SHUSA").comp("CLERICAL", "POLICY")
                    .about("条例・規則の読み方と改正文の作り方").venue("本庁舎 第3会議室").by(HR, "@総務課").separate(7).at("7/2"),
            c("財務会計研修", "FINANCE", "SPECIAL").days(1, 3).cap(24, 0).tiers("SHUJI", "SHUNIN").comp("CLERICAL", "WORK_MGMT")
                    .alias("財務会計事務研修").about("予算執行と支出事務の流れ").venue("本庁舎 第2会議室").by(HR, "@財政課")
                    .at("4/24", "5/15", "10/22", "12/11", "2/12"),
            c("評定者研修", "EVALUATOR", "SPECIAL").cap(30, 4000).tiers("SHUKAN", "KACHO").comp("PEOPLE_DEV", "GOAL_MGMT")
                    .about("人事評価の評定と面談の進め方").by(VENDOR, "株式会社ひまわり人材開発").fill(0.8).at("6/25", "7/16", "1/21"),
            c("ハラスメント防止研修", "HARASSMENT", "SPECIAL").days(1, 3).cap(40, 2000).tiers("SHUKAN", "KACHO", "JICHO", "BUCHO")
                    .comp("ORG_MGMT", "ETHICS").about("管理職が知っておくべきハラスメントの予防と対応")
                    .by(VENDOR, "社会保険労務士（外部講師）").fill(0.7).at("9/10", "9/24", "2/10"),
            c("メンタルヘルス研修（ラインケア）", "MENTAL_HEALTH", "SPECIAL").days(1, 3).cap(40, 0).tiers("SHUSA", "SHUKAN", "KACHO")
                    .comp("PEOPLE_DEV", "SELF_MGMT").alias("ラインケア研修").about("部下の不調に気づき支えるラインケア")
                    .by(HR, "産業医（外部講師）").fill(0.7).at("11/5", "2/18"),
            c("政策形成研修", "POLICY", "SPECIAL").days(2, 13).cap(20, 5000).tiers("SHUNIN", "SHUSA").applied()
                    .comp("POLICY", "PLANNING", "INFO_USE").about("地域課題から政策案をつくるグループ演習")
                    .by(VENDOR, "株式会社ひまわり人材開発").separate(7).fill(0.8).at("6/3"),
            c("プレゼンテーション研修", "PRESENTATION", "SPECIAL").cap(20, 4000).tiers("SHUJI", "SHUNIN", "SHUSA").applied()
                    .comp("PRESENTATION").about("伝わる資料と話し方の演習").venue("本庁舎 第2会議室").by(VENDOR, "（株）ひまわり人材開発")
                    .fill(0.8).at("8/6", "1/14"),
            c("防災・危機管理研修", "CRISIS", "SPECIAL").cap(40, 0).tiers("SHUSA", "SHUKAN", "KACHO", "JICHO", "BUCHO")
                    .comp("CRISIS").about("災害対策本部の運営と図上訓練").venue("消防本部 講堂").by(FIRE_HQ, "@警防課").fill(0.7).at("8/27", "3/4"),
            c("人権研修", "HUMAN_RIGHTS", "SPECIAL").days(1, 2).cap(60, 0).tiers(ALL_TIERS).target("全職員").comp("ETHICS")
                    .about("人権課題の基礎と職場での配慮").by(HR, "人権啓発講師（外部）").fill(0.75)
                    .at("7/22", "8/19", "9/29", "11/18", "12/3", "1/28", "2/24", "3/3"),
            c("DX推進リーダー育成研修", "DX_LEADER", "SPECIAL").days(4, 26).cap(15, 20000).tiers("SHUNIN", "SHUSA", "SHUKAN").applied()
                    .comp("KAIZEN_DX", "INFO_USE", "PLANNING").about("所属のDXを引っ張るリーダーを4日間で育てる")
                    .venue("研修センター PC室").by(DIGITAL, "株式会社さくらデジタル研究所").separate(14).fill(0.8).at("9/2"),
            c("生成AI活用研修", "GENAI", "SPECIAL").days(1, 3).cap(24, 0).tiers("SHUJI", "SHUNIN", "SHUSA", "SHUKAN")
                    .comp("KAIZEN_DX", "INFO_USE").about("生成AIの安全な使い方と業務での活用例").venue("研修センター PC室")
                    .by(HR, "@情報政策課").onlyIn(2026).at("6/24", "7/29", "10/28", "1/27"),
            c("Excel実践研修", "EXCEL", "SPECIAL").days(1, 3).cap(20, 0).tiers("SHUJI", "SHUNIN", "SHUSA").comp("CLERICAL", "INFO_USE")
                    .alias("エクセル実践研修").about("関数・ピボットテーブルで集計を速くする").venue("研修センター PC室").by(HR, "@情報政策課")
                    .at("5/20", "6/11", "7/23", "8/18", "9/30", "10/29", "11/26", "1/22", "2/25", "3/9"),
            c("普通救命講習", "FIRST_AID", "SPECIAL").days(1, 3).cap(20, 0).tiers(ALL_TIERS).target("全職員").comp("CRISIS")
                    .about("心肺蘇生とAEDの実技").venue("消防本部 講堂").by(FIRE_HQ, "@消防署")
                    .at("6/5", "7/3", "8/7", "9/4", "10/2", "11/6", "12/4", "1/15", "2/5", "3/5"),
            c("公用車安全運転講習", "SAFE_DRIVING", "SPECIAL").days(1, 2).cap(40, 1000).tiers(ALL_TIERS).target("全職員")
                    .comp("ETHICS", "SELF_MGMT").about("公用車事故の防止と安全運転の心得").by(HR, "さくら台自動車教習所 指導員")
                    .fill(0.6).at("5/27", "7/28", "10/6", "1/26"),
            c("会計年度任用職員研修", "PART_TIME", "SPECIAL").days(1, 3).cap(25, 0).tiers("SHUJI").jobs("PART_TIME")
                    .comp("ETHICS", "COMMUNICATION", "CLERICAL").about("会計年度任用職員の服務と接遇の基本")
                    .venue("本庁舎 第3会議室").by(HR, "@人事課").fill(0.9).at("4/16", "5/14", "10/8"),
            c("内部講師養成研修", "INSTRUCTOR", "SPECIAL").days(2, 13).cap(12, 6000).tiers("SHUSA", "SHUKAN")
                    .comp("PRESENTATION", "PEOPLE_DEV").about("庁内研修の講師を務める職員の教え方講座")
                    .venue("研修センター 研修室A").by(VENDOR, "株式会社ひまわり人材開発").fill(0.8).at("8/4"),
            // eラーニング
            c("情報セキュリティ研修（eラーニング）", "INFOSEC", "E_LEARNING").days(1, 1).cap(350, 300).tiers(ALL_TIERS).target("全職員")
                    .comp("ETHICS", "CLERICAL").alias("情報セキュリティeラーニング").about("情報セキュリティポリシーと標的型メールへの備え")
                    .elearning().by(ELEARN, "").at("6/1-6/30", "10/1-10/30"),
            c("デジタルツール基礎研修", "DIGITAL_BASIC", "E_LEARNING").days(1, 2).cap(250, 500).tiers("SHUJI", "SHUNIN")
                    .comp("KAIZEN_DX", "CLERICAL").alias("デジタルツール基礎（eラーニング）").about("チャット・Web会議・共有フォルダなど庁内ツールの基本")
                    .elearning().by(ELEARN, "").at("7/1-7/31", "9/1-9/30"),
            c("個人情報保護研修（eラーニング）", "PRIVACY", "E_LEARNING").days(1, 1).cap(120, 300).tiers("SHUJI", "SHUNIN")
                    .comp("ETHICS").alias("個人情報保護eラーニング").about("個人情報の取扱いと漏えい時の対応")
                    .elearning().by(ELEARN, "").fill(0.7).at("11/2-11/30"),
            // 派遣研修
            c("政策法務研修（市町村アカデミー）", "ACADEMY_LAW", "DISPATCH").days(5, 32.5).cap(2, 60000).tiers("SHUNIN", "SHUSA")
                    .comp("POLICY", "CLERICAL").about("条例づくりと法務の専門課程").venue("市町村アカデミー（千葉市）").by(ACADEMY, "").fill(1).at("7/13"),
            c("公共施設マネジメント研修（市町村アカデミー）", "ACADEMY_FACILITY", "DISPATCH").days(5, 32.5).cap(2, 60000)
                    .tiers("SHUSA", "SHUKAN").jobs("GENERAL", "TECHNICAL").comp("POLICY", "PLANNING").about("施設の総量適正化と長寿命化の計画づくり")
                    .venue("市町村アカデミー（千葉市）").by(ACADEMY, "").fill(1).at("10/19"),
            c("自治体DX推進研修（JIAM）", "JIAM_DX", "DISPATCH").days(3, 19.5).cap(2, 45000).tiers("SHUNIN", "SHUSA")
                    .comp("KAIZEN_DX", "PLANNING").about("自治体DXの企画と推進体制").venue("JIAM（大津市）").by(JIAM, "").fill(1).at("9/9"),
            c("多文化共生研修（JIAM）", "JIAM_MULTI", "DISPATCH").days(3, 19.5).cap(2, 45000).tiers("SHUJI", "SHUNIN", "SHUSA")
                    .comp("COMMUNICATION", "POLICY").about("外国人住民との共生施策").venue("JIAM（大津市）").by(JIAM, "").fill(1).at("11/11"),
            c("地方行政短期研修（自治大学校）", "JICHI_SHORT", "DISPATCH").days(5, 32.5).cap(2, 70000).tiers("SHUSA", "SHUKAN")
                    .comp("ADMIN_MGMT", "POLICY").about("地方行政の幹部候補向け短期課程").venue("自治大学校（立川市）").by(JICHI, "").fill(1).at("1/18"),
            // 合同研修
            c("西部地域合同政策研究研修", "JOINT_POLICY", "JOINT").days(3, 19.5).cap(6, 5000).tiers("SHUNIN", "SHUSA").applied()
                    .comp("POLICY", "NEGOTIATION").alias("西部地域合同研修").about("近隣5市の職員が共通課題を研究し提言する")
                    .venue("近隣市会議室（持ち回り）").by(WEST, "").separate(14).fill(1).at("6/26"),
            c("近隣市合同若手職員交流研修", "JOINT_YOUNG", "JOINT").cap(8, 2000).tiers("SHUJI").comp("COMMUNICATION", "CHALLENGE")
                    .about("近隣市の若手職員とのグループワーク").venue("近隣市会議室（持ち回り）").by(WEST, "").fill(1).at("8/25", "2/16"),
            // 職場研修(OJT)
            c("OJTリーダー研修", "OJT_LEADER", "OJT").cap(24, 3000).tiers("SHUSA", "SHUKAN").comp("PEOPLE_DEV", "GOAL_MGMT")
                    .about("職場で部下を育てる指導の進め方").venue("本庁舎 第2会議室").by(VENDOR, "（株）ひまわり人材開発").fill(0.75).at("5/22", "11/19"),
            c("メンター研修", "MENTOR", "OJT").days(1, 3).cap(20, 0).tiers("SHUNIN", "SHUSA").comp("PEOPLE_DEV", "COMMUNICATION")
                    .about("新規採用職員のメンターになる職員の準備講座").venue("本庁舎 第3会議室").by(HR, "@人事課").fill(0.8).at("4/17", "9/18"),
            // 自己啓発
            c("ランチタイム勉強会", "LUNCH", "SELF_DEVELOPMENT").days(1, 1).cap(30, 0).tiers(ALL_TIERS).target("全職員").applied()
                    .comp("SELF_MGMT", "CHALLENGE").about("昼休みに職員同士で学び合う自主勉強会").venue("本庁舎 第3会議室").by(HR, "職員有志")
                    .fill(0.5).at("4/22", "5/13", "6/17", "7/15", "8/12", "9/16", "10/14", "11/11", "12/9", "1/13", "2/17", "3/10"),
            c("自主研究グループ成果発表会", "STUDY_GROUP", "SELF_DEVELOPMENT").days(1, 3).cap(40, 0).tiers(ALL_TIERS).target("全職員")
                    .applied().comp("PRESENTATION", "CHALLENGE").about("自主研究グループの1年間の成果を発表する")
                    .by(HR, "@人事課").fill(0.6).at("2/26"),
            // 人事交流
            c("民間企業派遣研修", "PRIVATE_EXCHANGE", "EXCHANGE").days(5, 38.75).cap(2, 0).tiers("SHUNIN", "SHUSA")
                    .comp("CHALLENGE", "KAIZEN_DX").about("民間企業で働き、顧客視点と業務改善を学ぶ").venue("派遣先企業").by(HR, "").fill(1).at("8/24"),
            c("他自治体職員交流研修", "MUNICIPAL_EXCHANGE", "EXCHANGE").days(2, 13).cap(4, 8000).tiers("SHUNIN", "SHUSA")
                    .comp("NEGOTIATION", "COMMUNICATION").about("県内の他市町村と職員を相互に受け入れて学ぶ")
                    .venue("桜野県自治会館").by(PREF, "").fill(1).at("11/16"));

    static CourseDef byName(String name) {
        return COURSES.stream().filter(c -> c.name.equals(name)).findFirst().orElseThrow();
    }
}
