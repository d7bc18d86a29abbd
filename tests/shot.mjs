import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--use-angle=swiftshader","--enable-unsafe-swiftshader","--disable-background-networking"] });
const p = await b.newPage({ viewport: { width: 1280, height: Number(process.argv[3] ?? 900) } });
p.on("console", m => m.type() === "error" && console.log("console", m.text()));
p.on("pageerror", e => console.log("pageerror", e.message));
await p.goto(process.argv[2]);
await p.waitForTimeout(6000);
await p.screenshot({ path: process.argv[4] ?? "/tmp/shot.png" });
await b.close();
