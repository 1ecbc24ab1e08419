#!/usr/bin/env python3
"""Submits stories from several threads until the server dies, writing every marker whose
submission got the confirmation page to ACKED. Usage: submit_stories.py BASE PID SECONDS ACKED
It SIGKILLs PID after SECONDS, mid-load, so the caller can check durability after a restart."""
import http.cookiejar, os, re, signal, sys, threading, time, urllib.parse, urllib.request

base, pid, seconds, acked_path = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
question = base + "/topics/insulin-resistance/questions/diet"
acked, lock, stop = [], threading.Lock(), threading.Event()
counter = iter(range(10**9))

def client(worker):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    token = re.search(r'name="_csrf" value="([^"]+)"', opener.open(question, timeout=10).read().decode()).group(1)
    while not stop.is_set():
        marker = "durability-%d-%d" % (worker, next(counter))
        body = urllib.parse.urlencode({"_csrf": token, "displayName": "Load %d" % worker, "relationship": "patient",
            "story": "Eating more vegetables and fewer sweets helped my blood sugar over several months. " + marker,
            "agree": "true", "website": ""}).encode()
        try:
            page = opener.open(urllib.request.Request(question, data=body), timeout=10).read().decode()
        except Exception:
            if stop.is_set():
                return
            time.sleep(0.05)
            continue
        if "Thank you for sharing your story" in page:
            with lock:
                acked.append(marker)

threads = [threading.Thread(target=client, args=(w,), daemon=True) for w in range(8)]
for t in threads:
    t.start()
time.sleep(seconds)
os.kill(pid, signal.SIGKILL)
stop.set()
for t in threads:
    t.join(timeout=15)
with open(acked_path, "w") as out:
    out.write("\n".join(acked) + "\n")
print("acknowledged %d submissions in %.0f s: %.1f submissions/s" % (len(acked), seconds, len(acked) / seconds))
