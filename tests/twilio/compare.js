// Runs Twilio's segment calculator (npm sms-segments-calculator) on messages, for
// tests/problems/sms_twilio_compare.py. Input on stdin: a JSON array of {"text": …, "smart": bool,
// "encoding": "auto"|"GSM-7"|"UCS-2"}. Output: a JSON array of {"encoding", "parts", "units"}, where parts are
// the texts of the segments (user data headers left out) and units the septets / UTF-16 units of each.
'use strict';
const { SegmentedMessage } = require('sms-segments-calculator');

const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const results = input.map(({ text, smart, encoding }) => {
  const message = new SegmentedMessage(text, encoding || 'auto', Boolean(smart));
  const parts = [];
  const units = [];
  for (const segment of message.segments) {
    // A plain loop: Segment subclasses Array, and its constructor misbehaves as a species for filter().
    const chars = [];
    for (let i = 0; i < segment.length; i++) if (!segment[i].isUserDataHeader) chars.push(segment[i]);
    parts.push(chars.map((c) => c.raw).join(''));
    units.push(chars.reduce((sum, c) => sum + c.codeUnits.length, 0));
  }
  return { encoding: message.encodingName, parts, units };
});
process.stdout.write(JSON.stringify(results));
