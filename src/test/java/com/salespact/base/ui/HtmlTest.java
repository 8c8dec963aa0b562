package com.salespact.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void markupCharactersAreEscaped() {
        assertThat(Html.escape("<script>alert('x')</script> & \"co\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void charactersBeyondLatin1BecomeNumericReferencesSoTheStringStaysOneBytePerCharacter() {
        assertThat(Html.escape("€12,000 · Acme – Café 東京 😀"))
                .isEqualTo("&#8364;12,000 · Acme &#8211; Café &#26481;&#20140; &#128512;")
                .matches("[\\x00-\\xFF]*");
        assertThat(Html.span("kpi-value", "Ærø")).isEqualTo("<span class=\"kpi-value\">Ærø</span>");
    }
}
