package com.salespact.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.springframework.stereotype.Component;

/**
 * Vaadin keeps every UI's last answer as a string, to send it again should the browser repeat a request whose answer
 * it never received. Between two requests that copy was most of what an idle user cost the server: the dashboard's
 * answer is about 38,000 characters, held as UTF-16 (77 KB) as soon as one of them is not Latin-1 (measured by
 * HttpSessionMemoryBenchmark). This takes Vaadin's UIDL handler's place (handlers added at start-up are asked first),
 * keeps that answer deflated between requests (about a tenth of the size) and puts it back under the same session
 * lock before the next request is handled, so a repeated request still gets the very same answer.
 */
@Component
class DeflatedLastAnswer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new Handler());
    }

    /** Deflated between requests; held in the UI's data, so it goes with the UI. */
    private record Deflated(byte[] bytes, int length) {
    }

    static final class Handler extends UidlRequestHandler {

        @Override
        public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
                                                                  VaadinResponse response, String requestBody)
                throws IOException {
            UI ui = session.getService().findUI(request);
            if (ui != null) {
                inflate(ui);
            }
            try {
                return super.synchronizedHandleRequest(session, request, response, requestBody);
            } finally {
                if (ui != null) {
                    deflate(ui);
                }
            }
        }
    }

    /** Replaces the UI's last answer by its deflated bytes (nothing to do when there is none). */
    static void deflate(UI ui) {
        String answer = ui.getInternals().getLastRequestResponse();
        if (answer == null || answer.isEmpty()) {
            return;
        }
        byte[] utf8 = answer.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(utf8);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 6 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            ComponentUtil.setData(ui, Deflated.class, new Deflated(out.toByteArray(), utf8.length));
        } finally {
            deflater.end();
        }
        ui.getInternals().setLastRequestResponse(null);
    }

    /** Bytes held for the UI's last answer while deflated, 0 when none (for tests and diagnostics). */
    static int deflatedSize(UI ui) {
        Deflated deflated = ComponentUtil.getData(ui, Deflated.class);
        return deflated == null ? 0 : deflated.bytes().length;
    }

    /** Puts the last answer back where Vaadin looks for it. */
    static void inflate(UI ui) {
        Deflated deflated = ComponentUtil.getData(ui, Deflated.class);
        if (deflated == null) {
            return;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated.bytes());
            byte[] utf8 = new byte[deflated.length()];
            int read = 0;
            while (read < utf8.length && !inflater.finished()) {
                int inflated = inflater.inflate(utf8, read, utf8.length - read);
                if (inflated == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break; // truncated: whatever came out is all there is
                }
                read += inflated;
            }
            ui.getInternals().setLastRequestResponse(new String(utf8, 0, read, StandardCharsets.UTF_8));
        } catch (DataFormatException corrupt) {
            throw new UncheckedIOException(new IOException("the UI's last answer could not be inflated", corrupt));
        } finally {
            inflater.end();
        }
        ComponentUtil.setData(ui, Deflated.class, null);
    }
}
