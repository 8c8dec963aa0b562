package com.salespact.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

class DeflatedLastAnswerTest {

    /** An answer like the dashboard's: long, repetitive JSON with a few characters outside Latin-1. */
    private static String answer() {
        StringBuilder json = new StringBuilder("{\"syncId\":7,\"clientId\":3,\"changes\":[");
        for (int i = 0; i < 600; i++) {
            json.append("{\"node\":").append(i).append(",\"type\":\"put\",\"key\":\"innerHTML\",\"feat\":1,")
                    .append("\"value\":\"<td>Ridgeway Homes – Managed Backup pilot</td><td>€ 12,500</td>\"},");
        }
        return json.append("{}]}").toString();
    }

    /** A UI whose last answer is {@link #answer()}, after the request: deflated. */
    private static UI deflatedAfterARequest() {
        UI ui = new UI();
        ui.getInternals().setLastRequestResponse(answer());
        DeflatedLastAnswer.deflate(ui);
        return ui;
    }

    @Test
    void betweenRequestsTheAnswerIsKeptDeflatedAndComesBackTheSame() {
        String answer = answer();
        UI ui = deflatedAfterARequest();
        assertThat(ui.getInternals().getLastRequestResponse()).as("Vaadin's copy let go").isNull();

        DeflatedLastAnswer.inflate(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo(answer);

        // Inflating again (no deflate in between, e.g. a request for another UI) leaves it alone.
        DeflatedLastAnswer.inflate(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo(answer);
    }

    @Test
    void aUiWithoutAnAnswerYetIsLeftAlone() {
        UI ui = new UI();
        DeflatedLastAnswer.deflate(ui);
        DeflatedLastAnswer.inflate(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).isNull();
    }

    @Test
    void theDeflatedCopyIsAFractionOfTheAnswer() {
        assertThat(DeflatedLastAnswer.deflatedSize(deflatedAfterARequest())).as("deflated bytes").isPositive()
                .isLessThan(answer().length() / 10);
    }
}
