package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;

/**
 * A busy machine client (an EHR's server calling the CDS Hooks services for many clinicians from
 * one address) may have more requests in the application than {@code max-per-address}: the cap
 * is on bodies still arriving, and a JSON body is whole before the application sees it. Found by
 * bench/cds-hooks.sh, whose 16 connections got 503s while their bodies had long arrived.
 */
@SiteTest
@TestPropertySource(properties = "salus.request-body.max-per-address=2")
class SlowBodyGuardBusyClientTests {

    private static final int CALLS = 5;

    @Autowired
    RequestBodyProperties settings;

    @Autowired
    Refusals refusals;

    @Test
    void requestsWhoseBodiesHaveArrivedDoNotCountAgainstTheAddress() throws Exception {
        SlowBodyGuard guard = new SlowBodyGuard(settings, refusals);
        CountDownLatch inApplication = new CountDownLatch(CALLS);
        CountDownLatch finish = new CountDownLatch(1);
        FilterChain slowApplication = (request, response) -> {
            inApplication.countDown();
            try {
                finish.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ((HttpServletResponse) response).setStatus(200);
        };
        ExecutorService client = Executors.newFixedThreadPool(CALLS);
        try {
            List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                answers.add(client.submit(() -> {
                    MockHttpServletResponse response = new MockHttpServletResponse();
                    guard.doFilter(jsonPost(), response, slowApplication);
                    return response;
                }));
                // One body arrives at a time: three arriving at the same instant are three bodies in
                // flight, which the cap rightly refuses (CI once ran them that way and got a 503).
                long stillOutside = CALLS - i - 1;
                assertThat(waitUntil(inApplication, stillOutside))
                        .as("call %d in the application while %d earlier ones still are, above the cap of 2", i + 1, i)
                        .isTrue();
            }

            finish.countDown();
            for (Future<MockHttpServletResponse> answer : answers) {
                assertThat(answer.get(20, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
            }
        } finally {
            finish.countDown();
            client.shutdownNow();
        }
    }

    private static boolean waitUntil(CountDownLatch latch, long count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (latch.getCount() > count) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    private static MockHttpServletRequest jsonPost() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/cds-services/salus-education");
        request.setRemoteAddr("198.51.100.9");
        request.setContentType("application/json");
        request.setContent("{\"hook\": \"patient-view\"}".getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
