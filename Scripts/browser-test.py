#!/usr/bin/env python3
"""Browser test of `cchc serve`: Selenium driving Debian's headless chromium.

It starts the server on a free loopback port in a temporary workspace holding copies of the shipped Thạch Hà
scenario and its coverage variant, with an administrator made by `cchc users add`, then, in the browser: signs in,
uploads a workbook, breaks a file and fixes the validation problem through the file form, saves a settings form,
plans the calendar (waiting on the live progress page), pins one inspection, re-plans, plans staffing, compares the
two variants, and downloads the Word plan (a zip holding word/document.xml). Every page is screenshot at 1366×768
into the folder given as the first argument.

Usage: Scripts/browser-test.py SCREENSHOT_FOLDER [--cchc .build/debug/cchc]
Needs: pip install selenium; apt chromium chromium-driver. Exits non-zero with a message on the first failure.

Element ids used (from the templates in Sources/WebPages/Templates):
  sign-in: #username #password #signin-submit        list: #scenario-table #upload-file #upload-name #upload-submit
  overview: #scenario-name #problem-table .fix-link #no-problems #run-calendar #run-staffing #time-limit-schedule
            #time-limit-staffing #download-inspection-plan.docx      file editor: #file-text #file-save
  settings: #form-season #save-season #notice      run: #run #run-state #run-done #run-incumbent #run-elapsed
  calendar: #gantt .chip[data-unit] #chon #pin-form #pin-submit #replan #view-month #view-unit
  compare: #compare-summary #compare-table         layout: #current-user #lang-switch #sign-out #nav-users
"""
import argparse
import http.client
import io
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = "thach-ha-2022"
VARIANT = "thach-ha-2022-coverage"
USER, PASSWORD = "kiemtra", "mat-khau-thu-nghiem"
RUN_TIMEOUT = 300


class Failure(Exception):
    pass


class Test:
    def __init__(self, shots, cchc):
        self.shots = shots
        self.cchc = cchc
        self.step = "setting up"
        self.count = 0
        self.server = None
        self.driver = None

    # MARK: the server

    def start(self):
        self.workspace = tempfile.mkdtemp(prefix="cchc-browser-")
        for name in (BASE, VARIANT):
            shutil.copytree(os.path.join(ROOT, "Scenarios", name), os.path.join(self.workspace, "Scenarios", name))
        added = subprocess.run(
            [self.cchc, "users", "add", USER, "--role", "admin", "--workspace", self.workspace],
            input=PASSWORD + "\n", text=True, capture_output=True)
        if added.returncode != 0:
            raise Failure(f"cchc users add failed ({added.returncode}): {added.stderr.strip()}")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.log = open(os.path.join(self.workspace, "serve.log"), "w")
        self.server = subprocess.Popen(
            [self.cchc, "serve", "--workspace", self.workspace, "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while True:
            if self.server.poll() is not None:
                raise Failure(f"cchc serve ended with status {self.server.returncode}; see {self.log.name}")
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                connection.request("GET", "/dang-nhap")
                if connection.getresponse().status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise Failure("cchc serve did not answer on /dang-nhap within 60 s")
            time.sleep(0.2)
        self.url = f"http://127.0.0.1:{self.port}"

    def browser(self):
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1366,768",
                         "--lang=vi-VN", "--disable-dev-shm-usage"):
            options.add_argument(argument)
        self.driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        self.driver.set_window_size(1366, 768)

    def stop(self):
        if self.driver:
            self.driver.quit()
        if self.server and self.server.poll() is None:
            self.server.terminate()
            try:
                self.server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.server.kill()

    # MARK: helpers

    def go(self, path):
        self.driver.get(self.url + path)

    def find(self, selector, timeout=20):
        try:
            return WebDriverWait(self.driver, timeout).until(
                EC.presence_of_element_located((By.CSS_SELECTOR, selector)))
        except Exception:
            raise Failure(f"no element {selector} on {self.driver.current_url}")

    def visible(self, selector, timeout=20):
        try:
            return WebDriverWait(self.driver, timeout).until(
                EC.visibility_of_element_located((By.CSS_SELECTOR, selector)))
        except Exception:
            raise Failure(f"element {selector} never became visible on {self.driver.current_url}")

    def shot(self, name):
        self.count += 1
        self.driver.save_screenshot(os.path.join(self.shots, f"{self.count:02d}-{name}.png"))

    def expect(self, condition, message):
        if not condition:
            raise Failure(message)

    def wait_for_run(self, name):
        """On a run page: waits until the live page says the run is over, and that it finished."""
        self.find("#run")
        self.shot(name + "-progress")
        self.visible("#run-done", timeout=RUN_TIMEOUT)
        state = self.driver.find_element(By.ID, "run").get_attribute("data-state")
        message = self.driver.find_element(By.ID, "run-message").text
        self.shot(name + "-finished")
        self.expect(state == "finished", f"the {name} run ended as {state}: {message}")

    def run(self, scenario, kind, limit):
        self.go(f"/kich-ban/{scenario}")
        field = self.find(f"#time-limit-{kind}")
        field.clear()
        field.send_keys(str(limit))
        self.find("#run-calendar" if kind == "schedule" else "#run-staffing").click()
        self.wait_for_run(f"{scenario}-{kind}")

    # MARK: the steps

    def sign_in(self):
        self.go("/")
        self.find("#signin-form")
        self.expect("/dang-nhap" in self.driver.current_url, "an unauthenticated page did not lead to sign-in")
        self.shot("sign-in")
        self.find("#username").send_keys(USER)
        self.find("#password").send_keys(PASSWORD)
        self.find("#signin-submit").click()
        self.find("#scenario-table")
        self.expect(USER in self.find("#current-user").text, "the header does not show the signed-in user")
        self.shot("scenarios")

    def upload(self):
        self.find("#upload-file").send_keys(
            os.path.join(ROOT, "Tests/ScenarioFilesTests/Fixtures/vietnamese/don-vi-libreoffice.xlsx"))
        self.find("#upload-name").send_keys("Xã thử nghiệm tải lên")
        self.find("#upload-submit").click()
        self.find("#scenario-name")
        self.expect("/kich-ban/" in self.driver.current_url, "the upload did not open the new scenario")
        self.shot("uploaded-overview")

    def fix_validation_problem(self):
        self.go(f"/kich-ban/{BASE}/tep/teams.csv")
        text = self.find("#file-text")
        original = text.get_attribute("value")
        lines = original.split("\n")
        cells = lines[1].split(",")
        cells[2] = "hai"
        broken = "\n".join([lines[0], ",".join(cells)] + lines[2:])
        self.set_text(text, broken)
        self.find("#file-save").click()
        self.find("#problem-table")
        rows = self.driver.find_elements(By.CSS_SELECTOR, "#problem-table tr.problem")
        self.expect(rows and "teams.csv" in rows[0].text, "the broken teams.csv is not listed as a problem")
        self.shot("validation-problem")
        self.find("#problem-table .fix-link").click()
        text = self.find("#file-text")
        self.set_text(text, original)
        self.shot("file-editor")
        self.find("#file-save").click()
        self.find("#no-problems")

    def set_text(self, element, value):
        self.driver.execute_script("arguments[0].value = arguments[1];", element, value)

    def save_settings(self):
        self.go(f"/kich-ban/{BASE}/cai-dat")
        self.find("#form-season")
        self.shot("settings")
        weight = self.find("#objective-balance")
        weight.clear()
        weight.send_keys("0,2")
        self.find("#save-season").click()
        self.find("#notice")
        self.expect(self.find("#objective-balance").get_attribute("value") == "0.2", "the saved weight is not shown")

    def pin_and_replan(self):
        self.go(f"/kich-ban/{BASE}/lich")
        self.find("#gantt")
        self.shot("calendar-by-team")
        chip = self.driver.find_element(By.CSS_SELECTOR, "#gantt a.chip:not(.pinned)")
        unit = chip.get_attribute("data-unit")
        chip.click()
        self.find("#pin-form")
        date = self.find("#pin-date").get_attribute("value")
        self.shot("calendar-selected")
        self.find("#pin-submit").click()
        self.find(f"#gantt a.chip.pinned[data-unit='{unit}']")
        self.find("#replan").click()
        self.wait_for_run("replan")
        self.go(f"/kich-ban/{BASE}/lich?xem=don-vi")
        self.find("#unit-table")
        self.shot("calendar-by-unit")
        row = self.find(f"#unit-table a[data-unit='{unit}']").find_element(By.XPATH, "../..")
        day, month, year = date[8:10], date[5:7], date[0:4]
        self.expect(f"{day}/{month}/{year}" in row.text, f"after re-planning, {unit} is not on its pinned date {date}")
        self.go(f"/kich-ban/{BASE}/lich?xem=thang")
        self.find(".month-grid")
        self.shot("calendar-by-month")

    def compare(self):
        self.go(f"/so-sanh?a={BASE}&b={VARIANT}")
        summary = self.find("#compare-summary").text
        self.expect("cuộc" in summary and "ngày-đoàn" in summary, f"the comparison summary says: {summary!r}")
        self.shot("compare")
        print(f"compare summary: {summary}")

    def download(self):
        self.go(f"/kich-ban/{BASE}")
        link = self.find("a[id='download-inspection-plan.docx']").get_attribute("href")
        cookie = "; ".join(f"{c['name']}={c['value']}" for c in self.driver.get_cookies())
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        connection.request("GET", link.replace(self.url, ""), headers={"Cookie": cookie})
        response = connection.getresponse()
        data = response.read()
        self.expect(response.status == 200, f"the docx download answered {response.status}")
        self.expect(zipfile.is_zipfile(io.BytesIO(data)), "the docx download is not a zip")
        self.expect("word/document.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist(), "no word/document.xml")
        self.shot("overview-with-downloads")

    def other_pages(self):
        self.go(f"/kich-ban/{BASE}/nhan-su")
        self.find("#staffing-check")
        self.shot("staffing")
        self.go("/quan-tri/nguoi-dung")
        self.find("#users-table")
        self.shot("users")
        self.go(f"/kich-ban/{BASE}?lang=en")
        self.expect("Downloads" in self.find("#downloads").text, "?lang=en did not give the English page")
        self.shot("overview-english")
        self.go("/?lang=vi")
        self.find("#sign-out").click()
        self.find("#signin-form")

    def main(self):
        steps = [
            ("start the server", self.start), ("open the browser", self.browser), ("sign in", self.sign_in),
            ("upload a workbook", self.upload), ("fix a validation problem", self.fix_validation_problem),
            ("save a settings form", self.save_settings),
            ("plan the calendar", lambda: self.run(BASE, "schedule", 60)),
            ("pin and re-plan", self.pin_and_replan),
            ("plan staffing", lambda: self.run(BASE, "staffing", 60)),
            ("plan the variant", lambda: (self.run(VARIANT, "schedule", 60), self.run(VARIANT, "staffing", 60))),
            ("compare", self.compare), ("download the docx", self.download), ("other pages", self.other_pages),
        ]
        started = time.monotonic()
        try:
            for name, step in steps:
                self.step = name
                began = time.monotonic()
                step()
                print(f"ok  {name} ({time.monotonic() - began:.1f} s)", flush=True)
        except Exception as error:
            print(f"FAILED at step “{self.step}”: {error}", file=sys.stderr)
            if not isinstance(error, Failure):
                traceback.print_exc()
            if self.driver:
                self.driver.save_screenshot(os.path.join(self.shots, "failure.png"))
                print(f"page: {self.driver.current_url}", file=sys.stderr)
            if self.server:
                print(f"server log: {self.log.name}", file=sys.stderr)
            return 1
        finally:
            self.stop()
        print(f"browser test passed in {time.monotonic() - started:.0f} s; screenshots in {self.shots}")
        return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("screenshots", help="folder for the screenshots")
    parser.add_argument("--cchc", default=os.path.join(ROOT, ".build/debug/cchc"), help="the cchc executable")
    arguments = parser.parse_args()
    os.makedirs(arguments.screenshots, exist_ok=True)
    sys.exit(Test(os.path.abspath(arguments.screenshots), os.path.abspath(arguments.cchc)).main())
