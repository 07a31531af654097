package org.kenshu.tools;

/** The fixed part of sample-data/README.md: layouts, headers, date and mark forms. */
final class SampleReadmeText {
    private SampleReadmeText() {
    }

    static final String FORMATS = """

            ## 各ファイルの形式 / Layouts

            ### organisation.yaml
            `SetupDocumentReader` で読める組織設定。職層コード SHUJI 主事・主事補級 / SHUNIN 主任級 / SHUSA 副主幹・主査級 /
            SHUKAN 主幹級 / KACHO 課長級 / JICHO 次長級 / BUCHO 部長級（別名: 主事・主事補・主任・主査・副主幹・主幹・課長・次長・部長）。
            能力の説明文は独自の要約。入間市の表の最終列「部長級・次長級」は次長級と部長級の両方に同じ印を付けています。
            研修の `aliases` は出欠ファイルで実際に使われる別表記です。目標: `tier-uptake`（UPTAKE 90%、TIER）、
            `digital-tools-coverage`（COVERAGE 60%、デジタルツール基礎研修）、`satisfaction`（MANUAL 80%）。
            The setup document; competency descriptions are our own paraphrases; the seed's last column applies to both
            次長級 and 部長級. Course `aliases` are spellings the attendance files really use.

            ### roster-YYYY-04-01.xlsx（職員名簿 / roster）
            A1 タイトル「令和7年4月1日現在 職員名簿」（A1:J1 結合）、2行目空白、3行目見出し:
            `職員番号 | 氏名 | フリガナ | 所属 | 職層 | 職種 | 採用日 | 昇任日 | 在職区分 | 退職日`
            - 職員番号: 5桁の文字列セル（先頭ゼロあり、正規職員 00101〜、会計年度任用 70001〜）。
            - 氏名・フリガナ: 2025年版は全角スペース「山田　太郎」、2026年版は半角スペース「山田 太郎」。
            - 所属「総務部 人事課」。職層は正式名、ときどき別名（「主任」「主査」「部長」…）。
            - 採用日・昇任日: 2025年版は日付セル（表示 yyyy/m/d）。2026年版は和暦の文字列で「R2.4.1」形式と
              「令和2年4月1日」形式が混在（平成・昭和・「令和元年10月1日」を含む）。昇任日が空欄なら未昇任（主事・主事補級）。
            - 在職区分: 在職 / 休職 / 育休 / 退職。退職日: 日付セル（2026年版のみ。2026/3/31 または 2025/12/31）。退職日は
              最終在職日（その日まで在職）。
            - Title row, blank row, header on row 3. Employee numbers are 5-digit text cells. Dates are date cells in
              2025 and 和暦 text in 2026 (R2.4.1 / 令和2年4月1日 / 平成28年4月1日 / 昭和63年4月1日 / 令和元年10月1日).
              退職日 is the last day of employment, as a date cell.
            - 同姓同名の職員が1組（所属・職員番号が異なる）。「髙橋」「山﨑」の職員がいます（windows-31j の拡張文字）。

            ### plan-YYYY.xlsx（年度研修計画 / annual plan）
            A1 タイトル「令和8年度 職員研修計画」（A1:I1 結合）、2行目空白、3行目見出し:
            `研修名 | 回 | 研修区分 | 対象職層 | 日程 | 会場 | 講師 | 定員 | 研修機関`
            - 1行1回。同じ研修が複数回あるときは同じ研修名で「第1回」「第2回」…。1回だけの研修は「回」が空欄。
            - 研修区分は organisation.yaml の研修区分名（階層別研修、特別研修、派遣研修、合同研修、職場研修(OJT)、自己啓発、
              eラーニング、人事交流）。
            - 対象職層は職層名を「、」区切り。「管理職マネジメント研修」の2行だけ「課長級・次長級」と「・」区切り。
              全職員対象の研修は「全職員」（職層の条件なし）。
            - 日程は月/日のみ（年は年度から: 4〜12月→当年、1〜3月→翌年）。1日「5/12」、連続日「4/7～4/9」、
              別々の日「6/3、6/10」。eラーニングは受講期間「6/1～6/30」（土日を含む期間。受講日は期間内の平日）。
              集合研修の日は平日のみで、祝日と12/29〜1/3を避けています。
            - 定員は数値セル。講師は内部講師「人事課 山田　太郎」（架空の職員）または外部講師名。
            - One row per session; single-run courses leave 回 blank. 対象職層 joins tier names with 、 (two rows use ・,
              「課長級・次長級」); 「全職員」 means no tier condition. 日程 is month/day only: 「5/12」, 「4/7～4/9」
              (consecutive days), 「6/3、6/10」 (separate days), and e-learning periods 「6/1～6/30」 that include
              weekends (completions fall on weekdays inside the period).

            ### nominations-YYYY.xlsx（受講者名簿 / nominations）
            1行目見出し `職員番号 | 氏名 | 所属 | 研修名 | 実施日`、シート「受講者名簿」。実施日は指名した回の初日（日付セル）。
            研修名は正式名。公募（APPLICATION）研修の行は受講決定者です。階層別研修はその年度の4/1名簿で対象条件に合う全員
            （新任＝12か月以内の昇任、新規採用＝その年度の採用、採用2年目・主事級研修＝勤続1年・3年。新規採用・フォローアップ・
            採用2年目・主事級研修は会計年度任用と消防職を除く）。1人1研修1回。2025-12-31 退職の2人は令和7年度の「新任主任研修 第3回」(2026/2/9) に指名されたまま残っています。
            Header on row 1; 実施日 is the first day of the nominated session (date cell); one nomination per person,
            course and year. Accepted applicants of 公募 courses are listed too.

            ### 出欠 / Attendance
            **attendance-2025.xlsx**（一覧形式 / list）: シート「上半期」(4〜9月)「下半期」(10〜3月)、1行目見出し
            `職員番号 | 氏名 | 研修名 | 受講日 | 出欠 | 備考`。1人1日1行。受講日は日付セル。出欠は 出席 / 欠席 / 遅刻 / 早退 /
            免除（備考に理由）/ 済（eラーニング修了）。別表記: 「新任係長研修」（新任係長級研修 第2回の行）、
            「財務会計事務研修」（財務会計研修 第1・3・5回）、「情報セキュリティeラーニング」（情報セキュリティ研修（eラーニング）の
            一部の行）。

            **attendance-2026/**（2026-11-20 までに実施された日のみ / only days up to 2026-11-20）
            - `出席簿_<研修名>[_第N回].xlsx`（サインイン形式）: 階層別研修（新規採用職員研修を除く）1回1ファイル。
              A1「令和8年度 新任係長研修 出席簿」（A1:F1 結合、別表記のことあり）、A2「実施日：令和8年5月12日」、3行目空白、
              4行目見出し `No. | 職員番号 | 氏名 | 所属 | 出欠 | 備考`。出欠 ○ / × / 遅刻 / 早退。最後に「合計」行
              （出欠列は COUNTIF の数式、計算結果を保存済み）と注記行「※欠席者は備考欄に理由を記入」。複数日の回は
              シート「1日目」「2日目」、各シートに実施日。別表記: 「新任係長研修」（第1回）、「新任課長級研修」。
            - `出欠表_新規採用職員研修.xlsx`（マトリクス形式）: シート「第1回」「第2回」。1行目タイトル、2行目見出し
              `職員番号 | 氏名 | 所属 | <日付>…`。「第1回」の日付見出しは日付セル（表示 m/d）、「第2回」は文字列「4月14日」。
              セルは 出 / 欠 / 遅。
            - `eラーニング受講結果.csv`: windows-31j（Shift_JIS）、CRLF、見出し `職員番号,氏名,研修名,受講日,結果`、
              受講日「2026/6/15」、結果「済」。研修名は「情報セキュリティeラーニング」（別表記）、「デジタルツール基礎研修」、
              「個人情報保護研修（eラーニング）」。「髙橋」「山﨑」を含みます。
            - `attendance-2026-list.xlsx`: 上記以外（一覧形式、シート「受講実績」、見出しは attendance-2025 と同じ）。
              別表記: 「接遇マナー研修」（接遇研修 第2・4回）、「エクセル実践研修」（Excel実践研修 第3回）。

            出欠の各行は計画にある回の日（eラーニングは受講期間内の日）を指し、指名外の受講（walk-in）を除いて指名された職員です。
            Every attendance row points at a planned session day (for e-learning a day inside the period) and, except
            walk-ins (備考 such as 「当日参加（申込なし）」「前年度未受講のため追加」), at a nominated person.

            ### 受講率の数え方 / How the tier uptake above is counted
            DESIGN.md §5: 分母 = 階層別研修の指名 − 免除 − 回の初日より前に退職した職員。分子 = その研修のいずれかの回の
            全日程に 出席・遅刻・早退 がある指名。令和8年度は 2026-11-20 以降の回（主事級研修 第2回、新任主任研修 第3回）が
            未実施のため分子に入りません。Denominator: TIER nominations minus 免除 minus staff who left before the
            session's first day; numerator: nominations with every day of one of the course's sessions marked
            出席/遅刻/早退. In FY2026 the sessions after 2026-11-20 are not yet held.

            eラーニングの回は受講期間（例 6/1～6/30 の全日）で、修了者は期間内の1日に「済」が1行あるだけです。
            「全日程に出席」の規則をそのまま当てると誰も修了にならないため、受講期間の回は「期間内に1行でも出席(済)があれば修了」
            と数える必要があります（デジタルツール基礎研修受講率の COVERAGE 目標に影響）。
            An e-learning session is a period (every day from the first to the last); a completer has a single 「済」 row
            on one day inside it. Applying "every day attended" literally would complete nobody, so a period session
            must count as completed by one attended day inside the period (this matters for the COVERAGE goal).
            """;
}
