// How much a prepared KeyObject saves jsonwebtoken per verify, against handing it the secret or PEM string
// (which jsonwebtoken turns into a KeyObject again on every call). `node bench/jwt-keyobject.js [ms]`.
import { createPublicKey, createSecretKey, generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';

const budgetMs = Number(process.argv[2] ?? 1500);
const secret = 'bench-hmac-secret-0123456789abcdef0123456789abcdef';
const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
const claims = { sub: 'bench', aud: 'api', iss: 'idp', exp: Math.floor(Date.now() / 1000) + 3600 };
const hs = jwt.sign(claims, secret, { algorithm: 'HS256' });
const rs = jwt.sign(claims, privateKey, { algorithm: 'RS256' });
const options = (alg) => ({ algorithms: [alg], audience: 'api', issuer: 'idp' });

function rate(name, fn) {
  for (let i = 0; i < 200; i++) fn();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < budgetMs) {
    for (let i = 0; i < 100; i++) fn();
    n += 100;
  }
  const perSecond = (n * 1000) / (performance.now() - start);
  console.log(`${name.padEnd(34)} ${Math.round(perSecond).toString().padStart(8)} verify/s  ${(1e6 / perSecond).toFixed(1).padStart(7)} µs`);
  return perSecond;
}

const secretKey = createSecretKey(Buffer.from(secret));
const rsaKey = createPublicKey(pem);
const hsString = rate('HS256, secret as string', () => jwt.verify(hs, secret, options('HS256')));
const hsKey = rate('HS256, secret as KeyObject', () => jwt.verify(hs, secretKey, options('HS256')));
const rsString = rate('RS256, public key as PEM string', () => jwt.verify(rs, pem, options('RS256')));
const rsKeyRate = rate('RS256, public key as KeyObject', () => jwt.verify(rs, rsaKey, options('RS256')));
console.log(`\nKeyObject speed-up: HS256 x${(hsKey / hsString).toFixed(1)}, RS256 x${(rsKeyRate / rsString).toFixed(1)}`);
