package org.kenshu.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kenshu.io.sheet.Cell;
import org.kenshu.io.sheet.RowHandler;
import org.kenshu.io.sheet.SheetInfo;
import org.kenshu.io.sheet.SheetRow;
import org.kenshu.io.sheet.SpreadsheetReader;
import org.kenshu.io.sheet.UnreadableFileException;
import org.kenshu.model.Goal;
import org.kenshu.model.GoalYear;
import org.kenshu.model.I18n;
import org.kenshu.model.Progress;
import org.kenshu.model.SessionFeedback;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * Anonymous satisfaction per session: how many respondents gave each rating (5 満足 … 1 不満),
 * entered or read from a survey export of rating counts — never linked to a person. The year's
 * share of 満足・やや満足 (4 and 5) can become a MANUAL goal's value when the officer asks.
 */
public final class FeedbackService {
    /** Ratings 1..5; 4 and 5 count as satisfied (decision 0017). */
    public static final int MAX_RATING = 5;
    public static final int SATISFIED_FROM = 4;
    private final Database db;
    private final Repositories repos;
    private final PlanService plans;
    private final SpreadsheetReader reader;

    public FeedbackService(Database db, Repositories repos, PlanService plans, SpreadsheetReader reader) {
        this.db = db;
        this.repos = repos;
        this.plans = plans;
        this.reader = reader;
    }

    /** A session of the year with its rating counts (rating → respondents; empty when none entered). */
    public record SessionRatings(SessionEntry session, Map<Integer, Integer> counts, String source) {
        public int respondents() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int satisfied() {
            return counts.entrySet().stream().filter(e -> e.getKey() >= SATISFIED_FROM)
                    .mapToInt(Map.Entry::getValue).sum();
        }
    }

    public List<SessionRatings> sessions(int fiscalYear) {
        Map<Long, Map<Integer, Integer>> counts = new HashMap<>();
        Map<Long, String> sources = new HashMap<>();
        for (SessionFeedback f : repos.feedback.findAll()) {
            counts.computeIfAbsent(f.sessionId(), k -> new TreeMap<>()).put(f.rating(), f.respondents());
            if (f.source() != null) {
                sources.put(f.sessionId(), f.source());
            }
        }
        return plans.sessions(fiscalYear).stream().map(s -> new SessionRatings(s,
                counts.getOrDefault(s.sessionId(), Map.of()), sources.get(s.sessionId()))).toList();
    }

    /** Replaces a session's counts (ratings 1..5, counts ≥ 0; zero counts are not stored); returns the previous ones. */
    public Map<Integer, Integer> saveCounts(long sessionId, Map<Integer, Integer> counts, String source) {
        for (var e : counts.entrySet()) {
            if (e.getKey() < 1 || e.getKey() > MAX_RATING || e.getValue() == null || e.getValue() < 0) {
                throw new IllegalArgumentException(I18n.t("feedback.invalidCounts"));
            }
        }
        return db.inTransaction(() -> {
            Map<Integer, Integer> before = new TreeMap<>();
            for (SessionFeedback f : repos.feedback.findAll()) {
                if (f.sessionId() == sessionId) {
                    before.put(f.rating(), f.respondents());
                    repos.feedback.delete(f);
                }
            }
            counts.forEach((rating, n) -> {
                if (n > 0) {
                    repos.feedback.insert(new SessionFeedback(0, sessionId, rating, n, source, 0));
                }
            });
            repos.audit.record("UPDATE", "session_feedback", sessionId, "ratings " + counts);
            return before;
        });
    }

    /**
     * Reads rating counts from a survey export (xlsx or CSV): rows of a rating (1–5, or 満足 / やや満足 /
     * どちらともいえない / やや不満 / 不満) and a count; other rows (titles, headers, totals) are skipped.
     */
    public Map<Integer, Integer> readCounts(Path file) {
        Map<Integer, Integer> counts = new TreeMap<>();
        try {
            read(file, counts);
        } catch (UnreadableFileException e) {
            throw new FeedbackFileException(e.getMessage(), e);
        }
        if (counts.isEmpty()) {
            throw new FeedbackFileException(I18n.t("feedback.nothingRead"), null);
        }
        return counts;
    }

    private void read(Path file, Map<Integer, Integer> counts) throws UnreadableFileException {
        reader.read(file, new RowHandler() {
            @Override
            public void startSheet(SheetInfo sheet) {
            }

            @Override
            public void row(SheetRow row) {
                List<Cell> cells = row.cells();
                for (int i = 0; i + 1 < cells.size(); i++) {
                    Integer rating = rating(cells.get(i).text());
                    Integer count = number(cells.get(i + 1).text());
                    if (rating != null && count != null) {
                        counts.merge(rating, count, Integer::sum);
                        return;
                    }
                }
            }

            @Override
            public void endSheet() {
            }
        }, Progress.NONE);
    }

    /** A survey export that cannot be used; the message says why, for the officer. */
    public static final class FeedbackFileException extends RuntimeException {
        public FeedbackFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static Integer rating(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return switch (t) {
            case "5", "満足", "とても満足", "大変満足" -> 5;
            case "4", "やや満足", "まあ満足" -> 4;
            case "3", "どちらともいえない", "どちらとも言えない", "ふつう", "普通" -> 3;
            case "2", "やや不満" -> 2;
            case "1", "不満", "とても不満", "大変不満" -> 1;
            default -> null;
        };
    }

    private static Integer number(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace(",", "").replace("人", "");
        return t.matches("\\d{1,6}") ? Integer.valueOf(t) : null;
    }

    /** The year's share of satisfied respondents over every session with counts; null when none. */
    public BigDecimal satisfiedShare(int fiscalYear) {
        int all = 0;
        int satisfied = 0;
        for (SessionRatings s : sessions(fiscalYear)) {
            all += s.respondents();
            satisfied += s.satisfied();
        }
        return all == 0 ? null : BigDecimal.valueOf(satisfied).divide(BigDecimal.valueOf(all), 4, RoundingMode.HALF_UP);
    }

    /** The sessions and respondents behind {@link #satisfiedShare}, in words for the goal's source note. */
    public String sourceNote(int fiscalYear) {
        int sessions = 0;
        int respondents = 0;
        for (SessionRatings s : sessions(fiscalYear)) {
            if (s.respondents() > 0) {
                sessions++;
                respondents += s.respondents();
            }
        }
        return I18n.t("feedback.sourceNote", sessions, respondents);
    }

    /** Goals that can take the share as their value: MANUAL goals with a rate target. */
    public List<Goal> satisfactionGoals(int fiscalYear) {
        List<Goal> goals = new ArrayList<>();
        for (Goal g : repos.goals.findAll()) {
            if (g.kind() == org.kenshu.model.GoalKind.MANUAL && g.targetRate() != null && g.covers(fiscalYear)) {
                goals.add(g);
            }
        }
        return goals;
    }

    /** The goal's stored values for the year before {@link #applyToGoal} changes them (for undo). */
    public GoalYear goalYear(long goalId, int fiscalYear) {
        return repos.goalYears.find(goalId, fiscalYear)
                .orElse(new GoalYear(0, goalId, fiscalYear, null, null, null, null, 0));
    }
}
