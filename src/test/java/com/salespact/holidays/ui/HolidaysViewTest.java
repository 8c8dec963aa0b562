package com.salespact.holidays.ui;

import com.salespact.base.ui.AccessDeniedView;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.salespact.base.ui.KaribuTest;
import com.salespact.holidays.HolidayLine;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class HolidaysViewTest extends KaribuTest {

    private static final LocalDate CARNIVAL = LocalDate.of(2027, 2, 8);

    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeAdded() {
        jdbc.update("delete from company_holiday where holiday_date = ?", CARNIVAL);
    }

    private static List<HolidayLine> rows(HolidaysView view) {
        return GridKt._fetch(view.grid, 0, 100);
    }

    @Test
    void anAdminAddsAHolidayFixesBadInputAtTheFieldAndRemovesIt() {
        login("admin");
        UI.getCurrent().navigate(HolidaysView.class);
        HolidaysView view = _get(HolidaysView.class);
        assertThat(rows(view)).extracting(HolidayLine::name).contains("New Year's Day", "German Unity Day");

        view.form.date.setValue(CARNIVAL);
        _click(view.add);
        assertThat(view.form.name.isInvalid()).as("the name is required").isTrue();
        assertThat(view.form.name.getErrorMessage()).isEqualTo("Name the holiday");

        view.form.name.setValue("Rose Monday");
        _click(view.add);
        assertThat(rows(view)).extracting(HolidayLine::date, HolidayLine::name).contains(
                org.assertj.core.groups.Tuple.tuple(CARNIVAL, "Rose Monday"));
        assertThat(view.form.date.getValue()).as("cleared for the next").isNull();

        view.form.date.setValue(CARNIVAL);
        view.form.name.setValue("Again");
        _click(view.add);
        assertThat(view.form.date.isInvalid()).isTrue();
        assertThat(view.form.date.getErrorMessage()).isEqualTo("This day is already a holiday");

        int row = rows(view).stream().map(HolidayLine::date).toList().indexOf(CARNIVAL);
        Button remove = (Button) GridKt._getCellComponent(view.grid, row, "remove");
        assertThat(remove.getElement().getAttribute("aria-label")).isEqualTo("Remove Rose Monday");
        _click(remove);
        assertThat(rows(view)).extracting(HolidayLine::date).doesNotContain(CARNIVAL);
        assertThat(jdbc.queryForObject("select count(*) from company_holiday where holiday_date = ?", Integer.class,
                CARNIVAL)).isZero();
    }

    @Test
    void onlyAnAdminOpensIt() {
        login("manager");
        UI.getCurrent().navigate("admin/holidays");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(_find(HolidaysView.class)).isEmpty();
    }
}
