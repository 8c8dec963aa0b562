package com.salespact.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * After the token filter: a request body is read whole, up to {@code maxBytes} (413 beyond, before anything is
 * parsed), and a POST with an {@code Idempotency-Key} runs at most once per token and key (decision 024): a replay
 * with the same method, path and body gets the first response again (header {@code Idempotent-Replayed: true}), the
 * same key with another request 422, a key whose first request still runs 409.
 */
final class ApiBodyFilter extends ApiCallFilter {

    private final IdempotencyStore idempotency;
    private final ApiResponses responses;
    private final int maxBytes;

    ApiBodyFilter(IdempotencyStore idempotency, ApiResponses responses, int maxBytes) {
        this.idempotency = idempotency;
        this.responses = responses;
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            responses.error(request, response, 413, "api.error.too-large");
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), maxBytes + 1);
        if (body.length > maxBytes) {
            responses.error(request, response, 413, "api.error.too-large");
            return;
        }
        HttpServletRequest buffered = new BufferedBody(request, body);
        String key = request.getHeader(ApiHeaders.IDEMPOTENCY_KEY);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (key == null || !"POST".equals(request.getMethod()) || authentication == null
                || !(authentication.getDetails() instanceof ApiCaller caller)) {
            chain.doFilter(buffered, response);
            return;
        }
        if (key.isBlank() || key.length() > 200) {
            responses.error(request, response, 400, "api.error.idempotency-key");
            return;
        }
        switch (idempotency.claim(caller.tokenId(), key, hash(request, body))) {
            case IdempotencyStore.Claim.Replay replay -> {
                response.setHeader(ApiHeaders.REPLAYED, "true");
                responses.write(response, replay.status(),
                        replay.body() == null ? new byte[0] : replay.body().getBytes(StandardCharsets.UTF_8));
            }
            case IdempotencyStore.Claim.Mismatch mismatch ->
                    responses.error(request, response, 422, "api.error.idempotency-mismatch");
            case IdempotencyStore.Claim.InProgress inProgress ->
                    responses.error(request, response, 409, "api.error.idempotency-in-progress");
            case IdempotencyStore.Claim.Claimed claimed -> runOnce(buffered, response, chain, claimed.id());
        }
    }

    private void runOnce(HttpServletRequest request, HttpServletResponse response, FilterChain chain, long claimId)
            throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, recorded);
            if (recorded.getStatus() < 500) {
                idempotency.complete(claimId, recorded.getStatus(),
                        new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8));
                kept = true;
            }
        } finally {
            if (!kept) {
                idempotency.release(claimId);
            }
            recorded.copyBodyToResponse();
        }
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body already read, so it can be hashed and then parsed. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
