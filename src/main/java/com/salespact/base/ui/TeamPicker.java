package com.salespact.base.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.function.ToLongFunction;

/**
 * The team a manager's overview shows (activities, commission): visible only to those who see several teams
 * (admins). Only a user's pick is told to the listener; {@link #show} moves it from code without a word. Generic in
 * the team type so that every feature's screens can use it (base knows no feature).
 */
public class TeamPicker<T> extends ComboBox<T> {

    private final List<T> teams;
    private final ToLongFunction<T> idOf;
    /** Set while {@link #show} moves the value, so the listener stays quiet. */
    private boolean moving;

    /**
     * @param teams      the teams the signed-in person may see
     * @param teamChosen told the id of the team when the user picks another
     */
    public TeamPicker(String id, String label, List<T> teams, ToLongFunction<T> idOf, ItemLabelGenerator<T> name,
                      LongConsumer teamChosen) {
        this.teams = List.copyOf(teams);
        this.idOf = idOf;
        setId(id);
        setLabel(label);
        setItems(this.teams);
        setItemLabelGenerator(name);
        setVisible(this.teams.size() > 1);
        addValueChangeListener(event -> {
            if (!moving && event.getValue() != null) {
                teamChosen.accept(idOf.applyAsLong(event.getValue()));
            }
        });
    }

    /** The team asked for if the person may see it, else their first; null when they see none. */
    public T pick(Long teamId) {
        return teams.stream().filter(team -> Objects.equals(teamId, idOf.applyAsLong(team))).findFirst()
                .orElse(teams.isEmpty() ? null : teams.getFirst());
    }

    /** Shows the team without telling the listener (the view already knows). */
    public void show(T team) {
        moving = true;
        try {
            setValue(team);
        } finally {
            moving = false;
        }
    }

    /** Whether the team is a choice, and so belongs in the address. */
    public boolean choosesTeam() {
        return teams.size() > 1;
    }
}
