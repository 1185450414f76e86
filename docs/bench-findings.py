# Findings upload, gate and inbox latency through ./fixpoint serve (method and figures: docs/findings.md).
# Usage: python3 docs/bench-findings.py BASE_URL SERVE_LOG SARIF_DIR, against a server on a fresh database whose
# log SERVE_LOG holds the first-run setup link. Loopback only; needs curl.
import http.cookiejar, urllib.request, urllib.parse, re, subprocess, sys, time, statistics, os
base = sys.argv[1]; log = sys.argv[2]; samples = sys.argv[3]
jar = http.cookiejar.CookieJar()
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k): return None
op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
def req(path, data=None):
    try:
        r = op.open(urllib.request.Request(base + path, data=urllib.parse.urlencode(data).encode() if data else None))
        return r.read().decode()
    except urllib.error.HTTPError as e:
        return e.read().decode()
def csrf(page): return re.search(r'name="_csrf"\s+(?:value|content)="([^"]+)"', page).group(1)
token = re.search(r'setup\?token=([A-Za-z0-9_-]+)', open(log).read()).group(1)
p = req('/setup?token=' + token)
req('/setup', {'token': token, 'username': 'admin', 'password': 'a long enough password', '_csrf': csrf(p)})
p = req('/login'); req('/login', {'username': 'admin', 'password': 'a long enough password', '_csrf': csrf(p)})
p = req('/admin/users')
req('/admin/users', {'username': 'alice', 'password': 'a long enough password', 'role': 'LEARNER', 'email': 'alice@example.com', '_csrf': csrf(p)})
p = req('/admin/service-accounts')
p = req('/admin/service-accounts', {'name': 'ci-bench', '_csrf': csrf(p)})
ci = re.search(r'<pre id="new-token">(fp_[^<]+)</pre>', p).group(1)
def upload(repo, f):
    out = subprocess.run(['curl', '-s', '-o', '/dev/null', '-w', '%{http_code} %{time_total}', '-H', 'Authorization: Bearer ' + ci,
        '-F', 'repository=' + repo, '-F', 'commit=0123456789abcdef', '-F', 'author=alice@example.com',
        '-F', 'sarif=@' + os.path.join(samples, f) + ';type=application/sarif+json', base + '/api/v1/findings'], capture_output=True, text=True).stdout
    code, t = out.split(); assert code == '201', out
    return float(t) * 1000
N = 7
for f, results in [('spotbugs-4.9.6-findsecbugs-1.14.0-own-sample.sarif', 5), ('defectdojo-codeql-2.5.4-python.sarif', 72),
                   ('defectdojo-lgtm-export-js-python.sarif', 510), ('defectdojo-semgrep-0.17.0-owasp-benchmark-java.sarif', 1768)]:
    size = os.path.getsize(os.path.join(samples, f)) // 1024
    fresh = [upload('bench/%s-%d' % (f[:20], i), f) for i in range(N)]
    known = [upload('bench/%s-0' % f[:20], f) for i in range(N)]
    print('| %s | %d KiB | %d | %.0f ms | %.0f ms |' % (f, size, results, statistics.median(fresh), statistics.median(known)))
gate = []
for i in range(N):
    t = time.perf_counter(); urllib.request.urlopen(urllib.request.Request(base + '/api/v1/gate?author=alice@example.com', headers={'Authorization': 'Bearer ' + ci})).read(); gate.append((time.perf_counter() - t) * 1000)
print('gate median %.1f ms' % statistics.median(gate))
pages = []
for i in range(N):
    t = time.perf_counter(); body = req('/findings'); pages.append((time.perf_counter() - t) * 1000)
print('inbox page (%d rows) median %.0f ms, %d KiB' % (body.count('<tr>') - 1, statistics.median(pages), len(body) // 1024))
