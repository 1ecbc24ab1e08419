package org.salus.sources;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read up to a limit: once the limit is reached the subscription is cancelled (the
 * connection closes) and the body completes with what was read, marked as cut. A huge or endless
 * page costs at most {@code limit} bytes of memory.
 */
final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Bytes> {

    /** What was read, and whether the page went on beyond it. */
    record Bytes(byte[] data, boolean cut) {}

    private final int limit;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<Bytes> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBody(int limit) {
        this.limit = limit;
    }

    static HttpResponse.BodyHandler<Bytes> handler(int limit) {
        return info -> new CappedBody(limit);
    }

    @Override
    public CompletionStage<Bytes> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            int take = Math.min(limit - out.size(), buffer.remaining());
            byte[] chunk = new byte[take];
            buffer.get(chunk);
            out.write(chunk, 0, take);
            if (buffer.hasRemaining() || out.size() >= limit) {
                result.complete(new Bytes(out.toByteArray(), true));
                subscription.cancel();
                return;
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(new Bytes(out.toByteArray(), false));
    }
}
