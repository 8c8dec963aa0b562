package com.salespact.deals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.List;

import com.salespact.base.ui.KaribuTest;
import com.salespact.deals.csv.CsvImportService;
import com.salespact.deals.csv.CsvKind;
import com.salespact.deals.csv.CsvPreview;
import com.salespact.deals.csv.CsvRow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import preview's layout (issue 16: about three rows tall, problems only by scrolling sideways): the grid fills
 * the page's height left, at least about ten rows, and the problems wrap in a column that grows instead of widening
 * the grid. How it looks at 1366×768 is for a person with screenshots; this checks what is configured.
 */
class ImportPreviewGridTest extends KaribuTest {

    @Autowired CsvImportService imports;

    @Test
    void thePreviewFillsThePageAtLeastTenRowsHighAndItsProblemsWrap() {
        login("manager");
        UI.getCurrent().navigate(ImportView.class);
        ImportView view = _get(ImportView.class);
        CsvPreviewGrid grid = (CsvPreviewGrid) view.getChildren().filter(CsvPreviewGrid.class::isInstance)
                .findFirst().orElseThrow();

        assertThat(view.getFlexGrow(grid)).as("grows into the height left").isEqualTo(1);
        assertThat(grid.getMinHeight()).as("about ten compact rows").isEqualTo("24rem");
        assertThat(grid.getHeight()).as("no fixed height").isNull();
        assertThat(grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());

        String deals = "external_id,name,account_external_id,owner_username,amount,gross_profit,stage,"
                + "forecast_category,expected_close_date,next_step,lost_reason\n"
                + "IPG-D1,A deal with a long name,IPG-NONE,nobody,ten,20,SOLD,,someday,,\n"
                + "IPG-D2,Cents,IPG-NONE,nobody,1250000.5,20,SOLD,,someday,,\n";
        CsvPreview preview = imports.preview(CsvKind.DEALS,
                new ByteArrayInputStream(deals.getBytes(StandardCharsets.UTF_8)));
        assertThat(preview.rowsWithErrors()).isEqualTo(2);
        grid.show(preview);

        Grid.Column<CsvRow> problems = grid.getColumnByKey("problems");
        assertThat(problems.isAutoWidth()).as("as wide as the space left, not as its longest text").isFalse();
        assertThat(problems.getFlexGrow()).isEqualTo(3);
        assertThat(problems.getWidth()).isEqualTo(CsvPreviewGrid.PROBLEMS_WIDTH);
        assertThat(grid.getColumns()).filteredOn(column -> !"problems".equals(column.getKey()))
                .as("no column is as wide as its longest value").allMatch(column -> column.getKey() == null
                        || !column.isAutoWidth() && (CsvPreviewGrid.VALUE_WIDTH.equals(column.getWidth())
                        || CsvPreviewGrid.MONEY_WIDTH.equals(column.getWidth())));
        assertThat(grid.getColumnByKey("amount").getWidth()).isEqualTo(CsvPreviewGrid.MONEY_WIDTH);
        @SuppressWarnings("unchecked")
        ComponentRenderer<Span, CsvRow> renderer = (ComponentRenderer<Span, CsvRow>) problems.getRenderer();
        Span text = renderer.createComponent(preview.rows().getFirst());
        assertThat(text.getStyle().get("white-space")).isEqualTo("normal");
        assertThat(text.getText()).contains("nobody");

        // Columns are headed as the mapping step names the fields; money reads in the user's format, to the cent,
        // and what could not be read as money stays as the file has it.
        Grid.Column<CsvRow> amount = grid.getColumnByKey("amount");
        assertThat(((Span) amount.getHeaderComponent()).getText()).isEqualTo("Amount");
        assertThat(amount.getHeaderComponent().getElement().getAttribute("title")).isEqualTo("amount");
        List<String> shown = GridKt._getFormattedRow(grid, 0);
        assertThat(shown).contains("ten", "€20", "IPG-D1");
        assertThat(GridKt._getFormattedRow(grid, 1)).contains("€1,250,000.50");
    }
}
