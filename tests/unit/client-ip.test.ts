import { afterEach, describe, expect, it } from "vitest";
import { addressKey, clientIp, compileTrust } from "@/lib/http/client-ip";

const forwardedFor = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });
const ip = (xff: string | undefined, socket: string | undefined, trustProxy?: string) => clientIp(forwardedFor(xff), socket, compileTrust(trustProxy));

describe("clientIp, trusting no proxy (the default)", () => {
  it("is the socket's address, whatever X-Forwarded-For says", () => {
    const seen = new Set(["198.51.100.1", "198.51.100.2, 10.0.0.1", "127.0.0.1", "unknown", "", undefined].map((xff) => ip(xff, "203.0.113.9")));
    expect([...seen]).toEqual(["203.0.113.9"]);
  });

  it.each([undefined, "", "false", " false "])("reads TRUST_PROXY=%j as trusting nobody", (setting) => {
    expect(ip("198.51.100.1", "10.0.0.5", setting)).toBe("10.0.0.5");
  });

  it("tells two clients apart, and is unknown only without a socket", () => {
    expect(ip(undefined, "203.0.113.9")).not.toBe(ip(undefined, "203.0.113.10"));
    expect(ip("198.51.100.1", undefined)).toBe("unknown");
  });

  it.each([
    ["::ffff:203.0.113.9", "203.0.113.9"],
    ["::FFFF:CB00:7109", "203.0.113.9"],
    ["2001:DB8:0:0:0:0:0:1", "2001:db8::1"],
    ["2001:db8::1", "2001:db8::1"],
    ["::1", "::1"],
  ])("writes the socket address %s one way: %s", (socket, expected) => {
    expect(ip(undefined, socket)).toBe(expected);
  });
});

describe("clientIp behind trusted proxies", () => {
  it("takes the address the trusted proxy appended, not what the client wrote before it", () => {
    for (const forged of ["1.1.1.1", "10.0.0.9", "127.0.0.1", "::1", "garbage", "1.1.1.1, 2.2.2.2"]) {
      expect(ip(`${forged}, 203.0.113.9`, "10.0.0.5", "10.0.0.5")).toBe("203.0.113.9");
    }
  });

  it("walks leftwards through a chain of trusted proxies to the right-most untrusted hop", () => {
    const trust = "10.0.0.0/8, 192.168.1.1";
    expect(ip("1.1.1.1, 203.0.113.9, 192.168.1.1, 10.9.9.9", "10.0.0.5", trust)).toBe("203.0.113.9");
    // A forged entry that happens to be a trusted address is passed over only where a trusted proxy wrote it.
    expect(ip("203.0.113.9, 10.1.1.1", "10.0.0.5", trust)).toBe("203.0.113.9");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(ip("203.0.113.9", "198.51.100.7", "10.0.0.0/8")).toBe("198.51.100.7");
  });

  it("falls back to the proxy when it sends no X-Forwarded-For, and to the left-most hop when every hop is trusted", () => {
    expect(ip(undefined, "10.0.0.5", "10.0.0.5")).toBe("10.0.0.5");
    expect(ip("", "10.0.0.5", "10.0.0.5")).toBe("10.0.0.5");
    expect(ip("10.2.2.2, 10.1.1.1", "10.0.0.5", "10.0.0.0/8")).toBe("10.2.2.2");
  });

  it.each([
    ["netmask", "10.0.0.0/255.0.0.0", "10.200.1.1"],
    ["IPv6 range", "fd00::/8", "fd12::7"],
    ["IPv6 address", "2001:db8::5", "2001:db8::5"],
    ["IPv4 range, IPv4-mapped socket", "10.0.0.0/8", "::ffff:10.0.0.5"],
    ["IPv4 address, IPv4-mapped socket", "10.0.0.5", "::ffff:10.0.0.5"],
    ["proxy-addr's name", "loopback", "127.0.0.1"],
    ["proxy-addr's name, IPv6", "loopback", "::1"],
    ["several names", "uniquelocal, linklocal", "192.168.7.7"],
  ])("trusts a proxy given as %s (%s) at %s", (_what, trust, socket) => {
    expect(ip("203.0.113.9", socket, trust)).toBe("203.0.113.9");
  });

  it("does not trust an address outside the ranges", () => {
    expect(ip("203.0.113.9", "11.0.0.1", "10.0.0.0/8")).toBe("11.0.0.1");
    expect(ip("203.0.113.9", "fe00::1", "fd00::/8")).toBe("fe00::1");
    // An IPv4-mapped range spans IPv4; a plain IPv6 range does not.
    expect(ip("203.0.113.9", "10.0.0.5", "::/1")).toBe("10.0.0.5");
  });

  it("writes forwarded addresses one way, so one client is one counter", () => {
    expect(ip("::ffff:203.0.113.9", "10.0.0.5", "10.0.0.5")).toBe("203.0.113.9");
    expect(ip("2001:0DB8:0000::0001", "10.0.0.5", "10.0.0.5")).toBe("2001:db8::1");
    expect(ip(" 203.0.113.9 ,, ", "10.0.0.5", "10.0.0.5")).toBe("203.0.113.9");
    expect(ip("203.0.113.9:51234", "10.0.0.5", "10.0.0.5")).toBe("203.0.113.9");
    expect(ip("[2001:db8::1]:51234", "10.0.0.5", "10.0.0.5")).toBe("2001:db8::1");
  });

  it.each(["unknown", "not an ip", "<script>", "999.1.1.1", "2001:db8::g", "x".repeat(5000), "203.0.113.9 203.0.113.10"])(
    "treats a garbage hop %j as telling nothing: the proxy that sent it is the client",
    (garbage) => {
      expect(ip(garbage, "10.0.0.5", "10.0.0.0/8")).toBe("10.0.0.5");
      expect(ip(`${garbage}, 10.1.1.1`, "10.0.0.5", "10.0.0.0/8")).toBe("10.1.1.1");
    },
  );

  it("reads a long X-Forwarded-For in linear time", () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `10.${(i >> 8) & 255}.${i & 255}.1`).join(", ");
    const started = performance.now();
    expect(ip(long, "10.0.0.5", "10.0.0.0/8")).toBe("10.0.0.1");
    expect(performance.now() - started).toBeLessThan(5_000); // a guard against pathological slowness only
  });
});

describe("TRUST_PROXY", () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY;
  });

  it("is read from the environment when no trust is passed", () => {
    process.env.TRUST_PROXY = "10.0.0.5";
    expect(clientIp(forwardedFor("203.0.113.9"), "10.0.0.5")).toBe("203.0.113.9");
    delete process.env.TRUST_PROXY;
    expect(clientIp(forwardedFor("203.0.113.9"), "10.0.0.5")).toBe("10.0.0.5");
  });

  it.each(["true", "TRUE ", "10.0.0.0/33", "10.0.0.300", "proxy.example", "10.0.0.0/8, nonsense", "10.0.0.0/0"])("refuses %j with a message", (setting) => {
    expect(() => compileTrust(setting)).toThrow(/TRUST_PROXY/);
  });
});

describe("addressKey", () => {
  it.each([
    ["203.0.113.9", "203.0.113.9"],
    ["::ffff:203.0.113.9", "203.0.113.9"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64"],
    ["unknown", "unknown"],
  ])("counts %s under %s", (address, key) => {
    expect(addressKey(address)).toBe(key);
  });
});
