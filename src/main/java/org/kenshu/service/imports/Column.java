package org.kenshu.service.imports;

import java.util.List;

/**
 * What a spreadsheet column means, recognised by its Japanese header (after {@link Text#key}).
 * The officer can map a column by hand in the preview when its header is unusual.
 */
public enum Column {
    EMPLOYEE_NO("職員番号", "職員No", "職員NO", "職員no", "職員No.", "職員コード", "社員番号", "職員ID", "個人番号",
            "受講者番号", "受講者No", "受講者コード", "社員No", "社員コード"),
    NAME("氏名", "名前", "受講者名", "受講者氏名", "職員氏名", "職員名", "受講者"),
    KANA("ふりがな", "フリガナ", "カナ", "氏名カナ", "カナ氏名", "よみがな", "ヨミガナ"),
    DIVISION("部", "部名", "部局", "部局名"),
    DEPARTMENT("所属", "所属名", "課名", "部署", "部署名", "所属課", "課", "所属課名"),
    TIER("職層", "職位", "役職", "階層", "職級"),
    JOB_CATEGORY("職種", "職種名"),
    HIRED_ON("採用日", "採用年月日"),
    PROMOTED_ON("昇任日", "発令日", "昇任年月日", "昇格日"),
    STATUS("在職区分", "状態", "在職状況", "在職"),
    LEFT_ON("退職日", "離職日", "退職年月日"),
    COURSE("研修名", "研修科目", "科目名", "コース名", "研修", "講座名"),
    SESSION_NO("回", "回数", "実施回", "開催回"),
    COURSE_TYPE("研修区分", "区分", "種別", "研修種別"),
    TARGET("対象", "対象者", "対象職層", "対象階層"),
    PROVIDER("研修機関", "実施機関", "主催"),
    DATE("日付", "実施日", "受講日", "開催日", "日程", "実施日程", "開催日程", "研修日"),
    START_DATE("開始日", "受講開始日"),
    END_DATE("終了日", "受講終了日"),
    VENUE("会場", "場所", "実施場所"),
    INSTRUCTOR("講師", "講師名"),
    CAPACITY("定員", "募集人数"),
    MARK("出欠", "出席", "受講状況", "結果", "出欠状況", "受講結果"),
    NOTE("備考", "摘要", "メモ"),
    /** 「No.」 and running numbers: recognised so they are not reported, never read. */
    ROW_NO("No", "No.", "NO", "NO.", "番号", "連番", "通番");

    private final List<String> synonyms;

    Column(String... synonyms) {
        this.synonyms = List.of(synonyms);
    }

    public List<String> synonyms() {
        return synonyms;
    }
}
