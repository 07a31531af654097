package org.kenshu.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every header synonym the import issue lists is recognised as its column (also in full width and with a remark). */
class ColumnSynonymsTest {
    private final HeaderMatcher matcher = new HeaderMatcher();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            職員番号 | EMPLOYEE_NO
            職員No | EMPLOYEE_NO
            職員コード | EMPLOYEE_NO
            社員番号 | EMPLOYEE_NO
            氏名 | NAME
            名前 | NAME
            受講者名 | NAME
            ふりがな | KANA
            フリガナ | KANA
            カナ | KANA
            所属 | DEPARTMENT
            所属名 | DEPARTMENT
            課名 | DEPARTMENT
            部署 | DEPARTMENT
            職層 | TIER
            職位 | TIER
            役職 | TIER
            階層 | TIER
            職種 | JOB_CATEGORY
            採用日 | HIRED_ON
            採用年月日 | HIRED_ON
            昇任日 | PROMOTED_ON
            発令日 | PROMOTED_ON
            在職区分 | STATUS
            状態 | STATUS
            在職状況 | STATUS
            退職日 | LEFT_ON
            離職日 | LEFT_ON
            研修名 | COURSE
            研修科目 | COURSE
            科目名 | COURSE
            コース名 | COURSE
            研修区分 | COURSE_TYPE
            区分 | COURSE_TYPE
            種別 | COURSE_TYPE
            対象 | TARGET
            対象者 | TARGET
            対象職層 | TARGET
            研修機関 | PROVIDER
            実施機関 | PROVIDER
            日付 | DATE
            実施日 | DATE
            受講日 | DATE
            開催日 | DATE
            開始日 | START_DATE
            終了日 | END_DATE
            会場 | VENUE
            場所 | VENUE
            講師 | INSTRUCTOR
            定員 | CAPACITY
            出欠 | MARK
            出席 | MARK
            受講状況 | MARK
            結果 | MARK
            備考 | NOTE
            部 | DIVISION
            職員ＮＯ | EMPLOYEE_NO
            職員番号（5桁） | EMPLOYEE_NO
            受講日※ | DATE
            ﾌﾘｶﾞﾅ | KANA
            受講者番号 | EMPLOYEE_NO
            受講者名 | NAME
            """)
    void theIssuesSynonymsAreRecognised(String header, Column expected) {
        assertThat(matcher.match(header)).contains(expected);
    }
}
