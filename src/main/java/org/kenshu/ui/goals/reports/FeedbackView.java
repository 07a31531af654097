package org.kenshu.ui.goals.reports;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.kenshu.model.I18n;
import org.kenshu.service.FeedbackService.SessionRatings;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;
import org.kenshu.ui.goals.GoalFormat;
import org.kenshu.ui.plan.PlanPageViewModel;

/** 満足度: sessions of the year with their rating counts, and the counts of the chosen session. */
public final class FeedbackView {
    private final FeedbackViewModel vm;
    private final Node root;

    @FXML
    private Label shareLabel;
    @FXML
    private Button applyButton;
    @FXML
    private TableView<SessionRatings> feedbackTable;
    @FXML
    private TableColumn<SessionRatings, String> feedbackCourseColumn;
    @FXML
    private TableColumn<SessionRatings, String> feedbackDaysColumn;
    @FXML
    private TableColumn<SessionRatings, String> feedbackRespondentsColumn;
    @FXML
    private TableColumn<SessionRatings, String> feedbackShareColumn;
    @FXML
    private TextField rating5Field;
    @FXML
    private TextField rating4Field;
    @FXML
    private TextField rating3Field;
    @FXML
    private TextField rating2Field;
    @FXML
    private TextField rating1Field;
    @FXML
    private TextField feedbackSourceField;
    @FXML
    private Button importFeedbackButton;
    @FXML
    private Button saveFeedbackButton;

    public FeedbackView(FeedbackViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        shareLabel.textProperty().bind(vm.shareProperty());
        applyButton.setOnAction(e -> vm.applyToGoal());
        Tables.bind(feedbackCourseColumn, s -> I18n.t("trainingReports.course", s.session().course(),
                s.session().sessionNo()));
        Tables.bind(feedbackDaysColumn, s -> PlanPageViewModel.days(s.session()));
        Tables.bind(feedbackRespondentsColumn, s -> s.respondents() == 0 ? "" : Integer.toString(s.respondents()));
        Tables.bind(feedbackShareColumn, s -> s.respondents() == 0 ? ""
                : GoalFormat.percent((double) s.satisfied() / s.respondents()));
        feedbackTable.setItems(vm.sessions());
        Tables.emptyText(feedbackTable, I18n.t("feedback.empty"));
        feedbackTable.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> vm.selectedProperty().set(s));
        TextField[] fields = {rating1Field, rating2Field, rating3Field, rating4Field, rating5Field};
        for (int rating = 1; rating <= 5; rating++) {
            fields[rating - 1].textProperty().bindBidirectional(vm.count(rating));
            fields[rating - 1].disableProperty().bind(vm.selectedProperty().isNull());
        }
        feedbackSourceField.textProperty().bindBidirectional(vm.sourceProperty());
        importFeedbackButton.disableProperty().bind(vm.selectedProperty().isNull());
        importFeedbackButton.setOnAction(e -> vm.importFile());
        saveFeedbackButton.disableProperty().bind(vm.selectedProperty().isNull());
        saveFeedbackButton.setOnAction(e -> vm.save());
    }

    public Node root() {
        return root;
    }
}
