"""The reference export-volume script: bytes per (user, UTC hour), z = |x - mean| / std (ddof=1), anomaly where z > 3."""
import json
import sys
import time

started = time.perf_counter()
import pandas as pd  # noqa: E402  (imported after the clock starts: loading pandas is part of the script's cost)

df = pd.read_csv(sys.argv[1])
df["hour"] = pd.to_datetime(df["timestamp"], utc=True).dt.floor("h")
per = df.groupby(["user_id", "hour"], sort=False)["bytes_transferred"].sum().reset_index()
x = per["bytes_transferred"].astype("float64")
per["z"] = (x - x.mean()).abs() / x.std(ddof=1)
anomalies = per[per["z"] > 3]
print("BENCH_RESULT " + json.dumps({
    "rows": int(len(df)),
    "wallS": time.perf_counter() - started,
    "detail": {"userHours": int(len(per)), "anomalies": int(len(anomalies)), "pandas": pd.__version__},
}))
