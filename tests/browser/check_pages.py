#!/usr/bin/python3
"""The browser test: minipy's lesson pages (--trace-format=html) in a real,
headless browser (Debian's chromium and chromium-driver, driven by
python3-selenium; run with Debian's /usr/bin/python3, which has selenium).

    check_pages.py --minipy BIN --repo DIR --out DIR [--screenshot PNG
                   --screenshot-page NAME --screenshot-step N] LESSON...

Each LESSON is `page|categories|arguments` (CMakeLists.txt's LESSON_PAGES).
For each, minipy writes the page from the repository's folder; the browser
loads it and the test checks: no console errors; minipy.steps > 0; the keys
End, Left, Home, Right and minipy.go() move where they should; at the steps
it visits (all of them, or an even sample of a long run), forwards to the
end and back, the page draws one box per frame of the step (the global
frame and stack_to_render) and one per object of its heap, the current
line is marked, and the output shown is the program's output so far; at
the last step, all of it (or, when the page stopped at its step limit, a
beginning of it). Exit status 77 (ctest: skipped) only when chromium is not
installed.
"""
import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys

SKIP = 77
MAX_VISITS = 25           # steps visited each way in a long run


def fail(msg):
    print("FAIL " + msg)
    sys.exit(1)


def find_chromium():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name) or (os.path.exists("/usr/bin/" + name) and "/usr/bin/" + name)
        if path:
            return path
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minipy", required=True)
    ap.add_argument("--repo", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--screenshot")
    ap.add_argument("--screenshot-page")
    ap.add_argument("--screenshot-step", type=int, default=0)
    ap.add_argument("lessons", nargs="+")
    a = ap.parse_args()

    chromium = find_chromium()
    if not chromium:
        print("SKIP: chromium is not installed; the README's set-up command installs it "
              "(chromium chromium-driver python3-selenium)")
        return SKIP
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.common.by import By
        from selenium.webdriver.common.keys import Keys
    except ImportError as e:
        fail(f"chromium is installed but selenium is not importable by {sys.executable} ({e}): "
             "install python3-selenium and run this with /usr/bin/python3")
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not os.path.exists(driver_path):
        fail("chromium is installed but chromedriver is not: install chromium-driver")

    os.makedirs(a.out, exist_ok=True)
    opts = Options()
    opts.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1600,1000", "--force-device-scale-factor=1"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(options=opts, service=Service(driver_path))
    browser.set_window_size(1600, 1000)
    try:
        for lesson in a.lessons:
            check_lesson(browser, a, lesson, By, Keys)
    finally:
        browser.quit()
    print(f"ok   {len(a.lessons)} pages")
    return 0


def console_errors(browser):
    return [e for e in browser.get_log("browser") if e.get("level") == "SEVERE"]


def check_lesson(browser, a, lesson, By, Keys):
    page, cats, args = lesson.split("|")
    path = os.path.abspath(os.path.join(a.out, page + ".html"))
    cmd = [a.minipy, "--trace=" + cats, "--trace-times=no", "--trace-format=html", "--trace-out=" + path]
    cmd += shlex.split(args)
    run = subprocess.run(cmd, cwd=a.repo, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    if run.returncode != 0:
        fail(f"{page}: minipy exited with {run.returncode}: {run.stderr.decode(errors='replace')[-400:]}")
    printed = run.stdout.decode("utf-8")

    browser.get("file://" + path)
    errors = console_errors(browser)
    if errors:
        fail(f"{page}: console errors on load: {errors}")
    n = browser.execute_script("return minipy.steps")
    if not isinstance(n, int) or n <= 0:
        fail(f"{page}: minipy.steps is {n!r}")
    steps = json.loads(browser.execute_script("return document.getElementById('minipy-steps').textContent"))
    if len(steps) != n:
        fail(f"{page}: minipy.steps is {n} but the page holds {len(steps)}")
    limited = steps[-1]["event"] == "instruction_limit_reached"

    # the keys, from the page's body
    body = browser.find_element(By.TAG_NAME, "body")
    def at():
        return browser.execute_script("return minipy.current")
    body.send_keys(Keys.END)
    if at() != n - 1:
        fail(f"{page}: End went to step {at()}, not {n - 1}")
    if n > 1:
        body.send_keys(Keys.ARROW_LEFT)
        if at() != n - 2:
            fail(f"{page}: Left from the end went to step {at()}")
    body.send_keys(Keys.HOME)
    if at() != 0:
        fail(f"{page}: Home went to step {at()}")
    if n > 1:
        body.send_keys(Keys.ARROW_RIGHT)
        if at() != 1:
            fail(f"{page}: Right from the start went to step {at()}")

    # forwards to the end and back, checking what each visited step draws
    stride = max(1, n // MAX_VISITS)
    forwards = list(range(0, n, stride))
    if forwards[-1] != n - 1:
        forwards.append(n - 1)
    saw_function_frame = False
    for i in forwards + forwards[::-1]:
        # one round trip to the browser per visit: go there, and say what is drawn
        drawn = browser.execute_script(
            "return [minipy.go(arguments[0]),"
            " document.querySelectorAll('#frames .frame').length,"
            " document.querySelectorAll('#heap .obj').length,"
            " document.getElementById('stdout').textContent,"
            " (document.querySelector('#source .ln.current') || {}).textContent || '',"
            " document.getElementById('where').textContent]", i)
        went, frames, objects, out, line, where = drawn
        if went != i:
            fail(f"{page}: minipy.go({i}) did not go there")
        st = steps[i]
        if st["event"] == "instruction_limit_reached":
            continue
        want_frames = 1 + len(st["stack_to_render"])
        saw_function_frame |= len(st["stack_to_render"]) > 0
        if frames != want_frames:
            fail(f"{page}: step {i} draws {frames} frames, not {want_frames}")
        if objects != len(st["heap"]):
            fail(f"{page}: step {i} draws {objects} objects, not {len(st['heap'])}")
        if not printed.startswith(out):
            fail(f"{page}: step {i} shows output that is not the program's: {out[-200:]!r}")
        if st["line"] and not line.startswith(str(st["line"])):
            fail(f"{page}: step {i} marks the line {line[:40]!r}, not line {st['line']}")
        if where != f"Step {i + 1} of {n}":
            fail(f"{page}: step {i} says {where!r}")
    # at the end, the whole output (unless the page stopped recording first)
    browser.execute_script("minipy.go(minipy.steps - 1)")
    out = browser.execute_script("return document.getElementById('stdout').textContent")
    if not limited and len(printed.encode()) < 64 * 1024 and out != printed:
        fail(f"{page}: the last step shows {out[-200:]!r}, the program printed {printed[-200:]!r}")
    if not saw_function_frame:
        fail(f"{page}: no step shows a function's frame")
    errors = console_errors(browser)
    if errors:
        fail(f"{page}: console errors while stepping: {errors}")
    if a.screenshot and a.screenshot_page == page:
        browser.execute_script("minipy.go(arguments[0])", a.screenshot_step)
        browser.execute_script("window.scrollTo(0, 0)")
        browser.save_screenshot(a.screenshot)
    print(f"ok   {page}: {n} steps{' (limit reached)' if limited else ''}, {len(forwards)} visited each way")


if __name__ == "__main__":
    sys.exit(main())
