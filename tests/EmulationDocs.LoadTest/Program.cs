using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace EmulationDocs.LoadTest;

/// <summary>
/// 50 virtual users, each working its own document for a minute against a running web app: a
/// clerk submits, the unit's head returns it with a comment, again and again, reading the inbox and
/// the document between actions. Prints request counts and latency percentiles per request kind.
/// Usage: EmulationDocs.LoadTest [baseUrl] [users] [seconds] [thinkMilliseconds] [lockstep]: the mean pause a user
/// takes between two requests (0: each user fires the next request as soon as the last one answered). People do not
/// act in step: each user starts at a random moment within the first pause and each pause varies by ±50 %;
/// "lockstep" starts everyone together with fixed pauses, so every user hits the same endpoint in the same instant.
/// </summary>
public static class Program
{
    private const string Password = "MatKhau@2025";

    /// <summary>Demo units with a clerk and a head (samples/organisation/nam-dinh-2022.json).</summary>
    private static readonly (string Unit, string Clerk, string Head)[] Units =
    [
        ("truc-ninh", "chuyenvien.noivu.trucninh", "truongphong.noivu.trucninh"),
        ("truc-dai", "vanhoa.trucdai", "vanphong.trucdai"),
        ("truc-thang", "vanhoa.tructhang", "vanphong.tructhang"),
        ("truc-hung", "vanhoa.truchung", "vanphong.truchung"),
        ("co-le", "vanhoa.cole", "vanphong.cole"),
    ];

    public static async Task<int> Main(string[] args)
    {
        var baseUrl = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:5090");
        var users = args.Length > 1 ? int.Parse(args[1]) : 50;
        var duration = TimeSpan.FromSeconds(args.Length > 2 ? int.Parse(args[2]) : 60);
        var think = TimeSpan.FromMilliseconds(args.Length > 3 ? int.Parse(args[3]) : 0);
        var lockstep = args.Length > 4 && args[4] == "lockstep";
        TimeSpan Pause() => lockstep ? think : think * (0.5 + Random.Shared.NextDouble());
        var recorder = new LatencyRecorder();
        // Idempotency keys start with the run's id: a second run against the same database must not get the first one's results.
        var run = Guid.NewGuid().ToString("N");
        var tokens = new Dictionary<string, string>();
        using var anonymous = new HttpClient { BaseAddress = baseUrl };
        foreach (var user in Units.SelectMany(u => new[] { u.Clerk, u.Head }))
        {
            var response = await anonymous.PostAsJsonAsync("/api/auth/token", new { user, password = Password });
            response.EnsureSuccessStatusCode();
            tokens[user] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        }

        var stop = DateTime.UtcNow + duration;
        var failures = 0;
        var workers = Enumerable.Range(0, users).Select(async n =>
        {
            var (unit, clerkId, headId) = Units[n % Units.Length];
            using var clerk = Client(baseUrl, tokens[clerkId]);
            using var head = Client(baseUrl, tokens[headId]);
            if (!lockstep) await Task.Delay(think * Random.Shared.NextDouble());
            var instance = await StartAsync(clerk, unit, n, recorder, run);
            var round = 0;
            while (DateTime.UtcNow < stop)
            {
                try
                {
                    await TimedAsync(recorder, "GET /api/inbox", () => clerk.GetAsync("/api/inbox"));
                    await Task.Delay(Pause());
                    await ActAsync(clerk, instance, "submit", null, recorder, $"{run}-{n}-{round}-s");
                    await Task.Delay(Pause());
                    await TimedAsync(recorder, "GET /api/instances/{id}", () => head.GetAsync($"/api/instances/{instance}"));
                    await Task.Delay(Pause());
                    await ActAsync(head, instance, "return", "Đề nghị chỉnh sửa lại nội dung.", recorder, $"{run}-{n}-{round}-r");
                    await Task.Delay(Pause());
                    round++;
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });
        await Task.WhenAll(workers);
        Console.WriteLine(lockstep
            ? $"think time between requests: {think.TotalMilliseconds:0} ms, all users in step"
            : $"think time between requests: {think.TotalMilliseconds:0} ms ± 50 %, users starting at random within the first pause");
        recorder.Print(Console.Out, users, duration);
        Console.WriteLine($"failed requests: {failures}");
        return failures == 0 ? 0 : 1;
    }

    private static HttpClient Client(Uri baseUrl, string token)
    {
        var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<Guid> StartAsync(HttpClient clerk, string unit, int n, LatencyRecorder recorder, string run)
    {
        var data = new Dictionary<string, object>
        {
            ["main"] = new Dictionary<string, object>
            {
                ["issuingBody"] = "ỦY BAN NHÂN DÂN", ["symbol"] = "CT-UBND", ["place"] = "Trực Ninh", ["year"] = 2022,
                ["summary"] = $"Về việc phát động thi đua (bản thử tải {n})", ["body"] = "Nội dung chỉ thị./.", ["recipients"] = new[] { "Lưu: VT" },
            },
        };
        var response = await TimedAsync(recorder, "POST /api/instances", () => clerk.PostAsJsonAsync("/api/instances",
            new { definition = "directive", unit, title = $"Chỉ thị thử tải {n}", data, idempotencyKey = $"{run}-{n}-start" }));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid();
    }

    /// <summary>Acts on the user's open task of this instance, found in the inbox (itself timed).</summary>
    private static async Task ActAsync(HttpClient user, Guid instance, string action, string? comment, LatencyRecorder recorder, string key)
    {
        var inbox = await (await TimedAsync(recorder, "GET /api/inbox", () => user.GetAsync("/api/inbox"))).Content.ReadFromJsonAsync<JsonElement>();
        var task = inbox.EnumerateArray().First(t => t.GetProperty("instanceId").GetGuid() == instance).GetProperty("taskId").GetGuid();
        await TimedAsync(recorder, $"POST /api/tasks/{{id}}/actions ({action})",
            () => user.PostAsJsonAsync($"/api/tasks/{task}/actions", new { action, comment, idempotencyKey = key }));
    }

    private static async Task<HttpResponseMessage> TimedAsync(LatencyRecorder recorder, string kind, Func<Task<HttpResponseMessage>> send)
    {
        var clock = Stopwatch.StartNew();
        var response = await send();
        recorder.Record(kind, clock.Elapsed);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{kind}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response;
    }
}
