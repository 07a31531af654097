package org.kenshu.ui.catalog;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.kenshu.model.CourseType;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** 研修区分 tab: the list in its order, with a colour swatch, and the form for the selected type. */
public final class CourseTypesView {
    private final CourseTypesViewModel vm;
    private final Node root;

    @FXML
    private TableView<CourseType> typeTable;
    @FXML
    private TableColumn<CourseType, String> typeColorColumn;
    @FXML
    private TableColumn<CourseType, String> typeNameColumn;
    @FXML
    private TableColumn<CourseType, String> typeCodeColumn;
    @FXML
    private TextField typeNameField;
    @FXML
    private ColorPicker colorPicker;
    @FXML
    private Button typeSaveButton;
    @FXML
    private Button typeAddButton;
    @FXML
    private Button typeDeleteButton;
    @FXML
    private Button upButton;
    @FXML
    private Button downButton;

    public CourseTypesView(CourseTypesViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        Tables.bind(typeColorColumn, CourseType::color);
        typeColorColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String color, boolean empty) {
                super.updateItem(color, empty);
                setGraphic(empty || color == null ? null : new Rectangle(28, 14, Color.web(color)));
            }
        });
        Tables.bind(typeNameColumn, CourseType::name);
        Tables.bind(typeCodeColumn, CourseType::code);
        typeTable.setItems(vm.types());
        typeTable.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t != vm.selectedProperty().get()) {
                vm.selectedProperty().set(t);
            }
        });
        vm.selectedProperty().addListener((o, a, t) -> {
            if (typeTable.getSelectionModel().getSelectedItem() != t) {
                typeTable.getSelectionModel().select(t);
            }
        });
        typeNameField.textProperty().bindBidirectional(vm.nameProperty());
        colorPicker.setValue(Color.web(vm.colorProperty().get()));
        vm.colorProperty().addListener((o, a, c) -> colorPicker.setValue(Color.web(c)));
        colorPicker.valueProperty().addListener((o, a, c) -> vm.colorProperty().set(hex(c)));
        var none = vm.selectedProperty().isNull();
        typeSaveButton.disableProperty().bind(none);
        typeDeleteButton.disableProperty().bind(none);
        upButton.disableProperty().bind(none);
        downButton.disableProperty().bind(none);
        typeSaveButton.setOnAction(e -> vm.save());
        typeAddButton.setOnAction(e -> vm.add());
        typeDeleteButton.setOnAction(e -> vm.delete());
        upButton.setOnAction(e -> vm.moveUp());
        downButton.setOnAction(e -> vm.moveDown());
    }

    static String hex(Color c) {
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    public Node root() {
        return root;
    }
}
