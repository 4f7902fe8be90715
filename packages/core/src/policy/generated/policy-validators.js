// Generated from src/policy/schema.ts (POLICY_REFS in src/policy/policy-ajv.ts) by scripts/generate-validators.mjs. Do not edit: run `npm run generate -w @tollgate/core`.
import { createRequire } from 'node:module';
import { policySchema } from '../schema.js';

// ajv's standalone code loads its runtime helpers (ajv/dist/runtime/*, not the compiler) with require(), even as ESM.
const require = createRequire(import.meta.url);

export const policy = validate10;
const schema11 = policySchema;
const schema12 = policySchema["definitions"]["apiKey"];
const schema28 = policySchema["definitions"]["roles"];
const func2 = Object.prototype.hasOwnProperty;
const func4 = require("ajv/dist/runtime/ucs2length").default;
const pattern0 = new RegExp("^[^\"\\\\\\r\\n]{1,128}$", "u");
const pattern1 = new RegExp("^[A-Za-z0-9]{4,64}$", "u");
const pattern2 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const pattern3 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T", "u");
const pattern4 = new RegExp("^[A-Za-z0-9_.-]{1,64}$", "u");
const pattern8 = new RegExp("^rediss?://", "u");
const pattern9 = new RegExp("^[A-Za-z0-9:_.-]{0,64}$", "u");
const pattern10 = new RegExp("^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$", "u");
const pattern11 = new RegExp("^[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?$", "u");
const pattern54 = new RegExp("^[^\\s]{1,128}$", "u");
const schema13 = policySchema["definitions"]["settings"];
const schema14 = policySchema["definitions"]["auth"];
const schema15 = policySchema["definitions"]["scopeList"];
const func0 = require("ajv/dist/runtime/equal").default;
const pattern14 = new RegExp("^[\\x21\\x23-\\x5b\\x5d-\\x7e]{1,128}$", "u");
const pattern16 = new RegExp("^[a-zA-Z0-9-]{1,64}$", "u");

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(false !== data){
const err0 = {instancePath,schemaPath:"#/anyOf/0/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "methods") || (key0 === "scopes")) || (key0 === "roles")) || (key0 === "optional")) || (key0 === "apiKeyHeader")) || (key0 === "mode"))){
const err1 = {instancePath,schemaPath:"#/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.methods !== undefined){
let data0 = data.methods;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/methods",schemaPath:"#/anyOf/1/properties/methods/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!(((data1 === "apiKey") || (data1 === "jwt")) || (data1 === "introspection"))){
const err3 = {instancePath:instancePath+"/methods/" + i0,schemaPath:"#/anyOf/1/properties/methods/items/enum",keyword:"enum",params:{allowedValues: schema14.anyOf[1].properties.methods.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data0[i1], data0[j0])){
const err4 = {instancePath:instancePath+"/methods",schemaPath:"#/anyOf/1/properties/methods/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/methods",schemaPath:"#/anyOf/1/properties/methods/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.scopes !== undefined){
let data2 = data.scopes;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/scopes",schemaPath:"#/definitions/scopeList/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len1 = data2.length;
for(let i2=0; i2<len1; i2++){
let data3 = data2[i2];
if(typeof data3 === "string"){
if(!pattern14.test(data3)){
const err7 = {instancePath:instancePath+"/scopes/" + i2,schemaPath:"#/definitions/scopeList/items/pattern",keyword:"pattern",params:{pattern: "^[\\x21\\x23-\\x5b\\x5d-\\x7e]{1,128}$"},message:"must match pattern \""+"^[\\x21\\x23-\\x5b\\x5d-\\x7e]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/scopes/" + i2,schemaPath:"#/definitions/scopeList/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
let i3 = data2.length;
let j1;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data2[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
const err9 = {instancePath:instancePath+"/scopes",schemaPath:"#/definitions/scopeList/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err10 = {instancePath:instancePath+"/scopes",schemaPath:"#/definitions/scopeList/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.roles !== undefined){
let data4 = data.roles;
if(Array.isArray(data4)){
if(data4.length < 1){
const err11 = {instancePath:instancePath+"/roles",schemaPath:"#/definitions/scopeList/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len2 = data4.length;
for(let i4=0; i4<len2; i4++){
let data5 = data4[i4];
if(typeof data5 === "string"){
if(!pattern14.test(data5)){
const err12 = {instancePath:instancePath+"/roles/" + i4,schemaPath:"#/definitions/scopeList/items/pattern",keyword:"pattern",params:{pattern: "^[\\x21\\x23-\\x5b\\x5d-\\x7e]{1,128}$"},message:"must match pattern \""+"^[\\x21\\x23-\\x5b\\x5d-\\x7e]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/roles/" + i4,schemaPath:"#/definitions/scopeList/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
let i5 = data4.length;
let j2;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data4[i5];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j2 = indices1[item1];
const err14 = {instancePath:instancePath+"/roles",schemaPath:"#/definitions/scopeList/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err15 = {instancePath:instancePath+"/roles",schemaPath:"#/definitions/scopeList/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.optional !== undefined){
if(typeof data.optional !== "boolean"){
const err16 = {instancePath:instancePath+"/optional",schemaPath:"#/anyOf/1/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.apiKeyHeader !== undefined){
let data7 = data.apiKeyHeader;
if(typeof data7 === "string"){
if(!pattern16.test(data7)){
const err17 = {instancePath:instancePath+"/apiKeyHeader",schemaPath:"#/anyOf/1/properties/apiKeyHeader/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9-]{1,64}$"},message:"must match pattern \""+"^[a-zA-Z0-9-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/apiKeyHeader",schemaPath:"#/anyOf/1/properties/apiKeyHeader/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.mode !== undefined){
let data8 = data.mode;
if(!((data8 === "enforce") || (data8 === "monitor"))){
const err19 = {instancePath:instancePath+"/mode",schemaPath:"#/anyOf/1/properties/mode/enum",keyword:"enum",params:{allowedValues: schema14.anyOf[1].properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err21 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate12.errors = vErrors;
return errors === 0;
}

const schema17 = policySchema["definitions"]["limits"];
const schema18 = policySchema["definitions"]["limit"];

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs5 = errors;
let valid4 = false;
let passing0 = null;
const _errs6 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.requests === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/0/oneOf/0/required",keyword:"required",params:{missingProperty: "requests"},message:"must have required property '"+"requests"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/0/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs6 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs8 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.tokens === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/0/oneOf/1/required",keyword:"required",params:{missingProperty: "tokens"},message:"must have required property '"+"tokens"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/0/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
const _errs10 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.usd === undefined){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/0/oneOf/2/required",keyword:"required",params:{missingProperty: "usd"},message:"must have required property '"+"usd"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/0/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid4 = true;
passing0 = 2;
}
const _errs12 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.concurrency === undefined){
const err6 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/0/oneOf/3/required",keyword:"required",params:{missingProperty: "concurrency"},message:"must have required property '"+"concurrency"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/0/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid4 = true;
passing0 = 3;
}
}
}
}
if(!valid4){
const err8 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/0/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
const _errs15 = errors;
let valid5 = true;
const _errs16 = errors;
if(errors === _errs16){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing0;
if((data0.concurrency === undefined) && (missing0 = "concurrency")){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid1 = _errs16 === errors;
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid1){
const _errs18 = errors;
const _errs19 = errors;
const _errs20 = errors;
const _errs21 = errors;
let valid7 = false;
const _errs22 = errors;
if(errors === _errs22){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.window === undefined) && (missing1 = "window")){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid2 = _errs22 === errors;
valid7 = valid7 || _valid2;
if(!valid7){
const _errs24 = errors;
if(errors === _errs24){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing2;
if((data0.calendar === undefined) && (missing2 = "calendar")){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid2 = _errs24 === errors;
valid7 = valid7 || _valid2;
if(!valid7){
const _errs26 = errors;
if(errors === _errs26){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing3;
if((data0.algorithm === undefined) && (missing3 = "algorithm")){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var _valid2 = _errs26 === errors;
valid7 = valid7 || _valid2;
}
}
if(!valid7){
const err17 = {};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
var valid6 = _errs20 === errors;
if(valid6){
const err18 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/1/then/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
var _valid1 = _errs18 === errors;
valid5 = _valid1;
ifClause0 = "then";
}
else {
const _errs28 = errors;
const _errs29 = errors;
let valid8 = false;
let passing1 = null;
const _errs30 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.window === undefined){
const err19 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/1/else/oneOf/0/required",keyword:"required",params:{missingProperty: "window"},message:"must have required property '"+"window"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/1/else/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid3 = _errs30 === errors;
if(_valid3){
valid8 = true;
passing1 = 0;
}
const _errs32 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.calendar === undefined){
const err21 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/1/else/oneOf/1/required",keyword:"required",params:{missingProperty: "calendar"},message:"must have required property '"+"calendar"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/1/else/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid3 = _errs32 === errors;
if(_valid3 && valid8){
valid8 = false;
passing1 = [passing1, 1];
}
else {
if(_valid3){
valid8 = true;
passing1 = 1;
}
}
if(!valid8){
const err23 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/1/else/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
var _valid1 = _errs28 === errors;
valid5 = _valid1;
ifClause0 = "else";
}
if(!valid5){
const err24 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/1/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const _errs35 = errors;
let valid9 = true;
const _errs36 = errors;
if(errors === _errs36){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing4;
if((data0.calendar === undefined) && (missing4 = "calendar")){
const err25 = {};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var _valid4 = _errs36 === errors;
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs38 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.algorithm !== undefined){
if("fixed" !== data0.algorithm){
const err27 = {instancePath:instancePath+"/" + i0+"/algorithm",schemaPath:"#/definitions/limit/allOf/2/then/properties/algorithm/const",keyword:"const",params:{allowedValue: "fixed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/2/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid4 = _errs38 === errors;
valid9 = _valid4;
}
if(!valid9){
const err29 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.name === undefined){
const err30 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key0 in data0){
if(!(func2.call(schema18.properties, key0))){
const err31 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data0.name !== undefined){
let data2 = data0.name;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err32 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/definitions/limit/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/definitions/limit/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data0.requests !== undefined){
let data3 = data0.requests;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err34 = {instancePath:instancePath+"/" + i0+"/requests",schemaPath:"#/definitions/limit/properties/requests/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err35 = {instancePath:instancePath+"/" + i0+"/requests",schemaPath:"#/definitions/limit/properties/requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
if(data0.tokens !== undefined){
let data4 = data0.tokens;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err36 = {instancePath:instancePath+"/" + i0+"/tokens",schemaPath:"#/definitions/limit/properties/tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err37 = {instancePath:instancePath+"/" + i0+"/tokens",schemaPath:"#/definitions/limit/properties/tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data0.usd !== undefined){
let data5 = data0.usd;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 <= 0 || isNaN(data5)){
const err38 = {instancePath:instancePath+"/" + i0+"/usd",schemaPath:"#/definitions/limit/properties/usd/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/" + i0+"/usd",schemaPath:"#/definitions/limit/properties/usd/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data0.concurrency !== undefined){
let data6 = data0.concurrency;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err40 = {instancePath:instancePath+"/" + i0+"/concurrency",schemaPath:"#/definitions/limit/properties/concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err41 = {instancePath:instancePath+"/" + i0+"/concurrency",schemaPath:"#/definitions/limit/properties/concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
if(data0.window !== undefined){
let data7 = data0.window;
const _errs53 = errors;
let valid12 = false;
const _errs54 = errors;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 <= 0 || isNaN(data7)){
const err42 = {instancePath:instancePath+"/" + i0+"/window",schemaPath:"#/definitions/limit/properties/window/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/" + i0+"/window",schemaPath:"#/definitions/limit/properties/window/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid5 = _errs54 === errors;
valid12 = valid12 || _valid5;
if(!valid12){
const _errs56 = errors;
if(typeof data7 === "string"){
if(!pattern10.test(data7)){
const err44 = {instancePath:instancePath+"/" + i0+"/window",schemaPath:"#/definitions/limit/properties/window/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"+"\""};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/" + i0+"/window",schemaPath:"#/definitions/limit/properties/window/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid5 = _errs56 === errors;
valid12 = valid12 || _valid5;
}
if(!valid12){
const err46 = {instancePath:instancePath+"/" + i0+"/window",schemaPath:"#/definitions/limit/properties/window/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
else {
errors = _errs53;
if(vErrors !== null){
if(_errs53){
vErrors.length = _errs53;
}
else {
vErrors = null;
}
}
}
}
if(data0.algorithm !== undefined){
let data8 = data0.algorithm;
if(!(((data8 === "fixed") || (data8 === "sliding")) || (data8 === "bucket"))){
const err47 = {instancePath:instancePath+"/" + i0+"/algorithm",schemaPath:"#/definitions/limit/properties/algorithm/enum",keyword:"enum",params:{allowedValues: schema18.properties.algorithm.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data0.calendar !== undefined){
let data9 = data0.calendar;
if(!((((data9 === "hour") || (data9 === "day")) || (data9 === "week")) || (data9 === "month"))){
const err48 = {instancePath:instancePath+"/" + i0+"/calendar",schemaPath:"#/definitions/limit/properties/calendar/enum",keyword:"enum",params:{allowedValues: schema18.properties.calendar.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data0.timeZone !== undefined){
let data10 = data0.timeZone;
if(typeof data10 === "string"){
if(func4(data10) > 64){
const err49 = {instancePath:instancePath+"/" + i0+"/timeZone",schemaPath:"#/definitions/limit/properties/timeZone/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(func4(data10) < 1){
const err50 = {instancePath:instancePath+"/" + i0+"/timeZone",schemaPath:"#/definitions/limit/properties/timeZone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/" + i0+"/timeZone",schemaPath:"#/definitions/limit/properties/timeZone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data0.by !== undefined){
let data11 = data0.by;
if(Array.isArray(data11)){
if(data11.length < 1){
const err52 = {instancePath:instancePath+"/" + i0+"/by",schemaPath:"#/definitions/limit/properties/by/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
if(!((((((data12 === "principal") || (data12 === "tenant")) || (data12 === "apiKey")) || (data12 === "ip")) || (data12 === "route")) || (data12 === "model"))){
const err53 = {instancePath:instancePath+"/" + i0+"/by/" + i1,schemaPath:"#/definitions/limit/properties/by/items/enum",keyword:"enum",params:{allowedValues: schema18.properties.by.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
let i2 = data11.length;
let j0;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func0(data11[i2], data11[j0])){
const err54 = {instancePath:instancePath+"/" + i0+"/by",schemaPath:"#/definitions/limit/properties/by/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err55 = {instancePath:instancePath+"/" + i0+"/by",schemaPath:"#/definitions/limit/properties/by/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data0.mode !== undefined){
let data13 = data0.mode;
if(!((data13 === "enforce") || (data13 === "monitor"))){
const err56 = {instancePath:instancePath+"/" + i0+"/mode",schemaPath:"#/definitions/limit/properties/mode/enum",keyword:"enum",params:{allowedValues: schema18.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data0.throttle !== undefined){
let data14 = data0.throttle;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.maxDelay === undefined){
const err57 = {instancePath:instancePath+"/" + i0+"/throttle",schemaPath:"#/definitions/limit/properties/throttle/required",keyword:"required",params:{missingProperty: "maxDelay"},message:"must have required property '"+"maxDelay"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key1 in data14){
if(!(key1 === "maxDelay")){
const err58 = {instancePath:instancePath+"/" + i0+"/throttle",schemaPath:"#/definitions/limit/properties/throttle/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data14.maxDelay !== undefined){
let data15 = data14.maxDelay;
const _errs70 = errors;
let valid17 = false;
const _errs71 = errors;
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 <= 0 || isNaN(data15)){
const err59 = {instancePath:instancePath+"/" + i0+"/throttle/maxDelay",schemaPath:"#/definitions/limit/properties/throttle/properties/maxDelay/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/" + i0+"/throttle/maxDelay",schemaPath:"#/definitions/limit/properties/throttle/properties/maxDelay/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid6 = _errs71 === errors;
valid17 = valid17 || _valid6;
if(!valid17){
const _errs73 = errors;
if(typeof data15 === "string"){
if(!pattern10.test(data15)){
const err61 = {instancePath:instancePath+"/" + i0+"/throttle/maxDelay",schemaPath:"#/definitions/limit/properties/throttle/properties/maxDelay/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"+"\""};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/" + i0+"/throttle/maxDelay",schemaPath:"#/definitions/limit/properties/throttle/properties/maxDelay/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var _valid6 = _errs73 === errors;
valid17 = valid17 || _valid6;
}
if(!valid17){
const err63 = {instancePath:instancePath+"/" + i0+"/throttle/maxDelay",schemaPath:"#/definitions/limit/properties/throttle/properties/maxDelay/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
else {
errors = _errs70;
if(vErrors !== null){
if(_errs70){
vErrors.length = _errs70;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err64 = {instancePath:instancePath+"/" + i0+"/throttle",schemaPath:"#/definitions/limit/properties/throttle/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data0.store !== undefined){
let data16 = data0.store;
if(!((data16 === "memory") || (data16 === "redis"))){
const err65 = {instancePath:instancePath+"/" + i0+"/store",schemaPath:"#/definitions/limit/properties/store/enum",keyword:"enum",params:{allowedValues: schema18.properties.store.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data0.failMode !== undefined){
let data17 = data0.failMode;
if(!(((data17 === "closed") || (data17 === "open")) || (data17 === "local"))){
const err66 = {instancePath:instancePath+"/" + i0+"/failMode",schemaPath:"#/definitions/limit/properties/failMode/enum",keyword:"enum",params:{allowedValues: schema18.properties.failMode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data0.overrides !== undefined){
let data18 = data0.overrides;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key2 in data18){
if(!(key2 === "roles")){
const err67 = {instancePath:instancePath+"/" + i0+"/overrides",schemaPath:"#/definitions/limit/properties/overrides/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data18.roles !== undefined){
let data19 = data18.roles;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key3 in data19){
let data20 = data19[key3];
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err68 = {instancePath:instancePath+"/" + i0+"/overrides/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/limit/properties/overrides/properties/roles/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/" + i0+"/overrides/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/limit/properties/overrides/properties/roles/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/" + i0+"/overrides/roles",schemaPath:"#/definitions/limit/properties/overrides/properties/roles/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/" + i0+"/overrides",schemaPath:"#/definitions/limit/properties/overrides/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data0.prices !== undefined){
let data21 = data0.prices;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key4 in data21){
let data22 = data21[key4];
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.input === undefined){
const err72 = {instancePath:instancePath+"/" + i0+"/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/limit/properties/prices/additionalProperties/required",keyword:"required",params:{missingProperty: "input"},message:"must have required property '"+"input"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data22.output === undefined){
const err73 = {instancePath:instancePath+"/" + i0+"/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/limit/properties/prices/additionalProperties/required",keyword:"required",params:{missingProperty: "output"},message:"must have required property '"+"output"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
for(const key5 in data22){
if(!(((key5 === "input") || (key5 === "output")) || (key5 === "cached"))){
const err74 = {instancePath:instancePath+"/" + i0+"/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/limit/properties/prices/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data22.input !== undefined){
let data23 = data22.input;
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 0 || isNaN(data23)){
const err75 = {instancePath:instancePath+"/" + i0+"/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/input",schemaPath:"#/definitions/limit/properties/prices/additionalProperties/properties/input/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/" + i0+"/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/input",schemaPath:"#/definitions/limit/properties/prices/additionalProperties/properties/input/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data22.output !== undefined){
let data24 = data22.output;
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
const err77 = {instancePath:instancePath+"/" + i0+"/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/output",schemaPath:"#/definitions/limit/properties/prices/additionalProperties/properties/output/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/" + i0+"/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/output",schemaPath:"#/definitions/limit/properties/prices/additionalProperties/properties/output/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data22.cached !== undefined){
let data25 = data22.cached;
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 0 || isNaN(data25)){
const err79 = {instancePath:instancePath+"/" + i0+"/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/cached",schemaPath:"#/definitions/limit/properties/prices/additionalProperties/properties/cached/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/" + i0+"/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/cached",schemaPath:"#/definitions/limit/properties/prices/additionalProperties/properties/cached/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/" + i0+"/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/limit/properties/prices/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/" + i0+"/prices",schemaPath:"#/definitions/limit/properties/prices/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data0.defaultMaxTokens !== undefined){
let data26 = data0.defaultMaxTokens;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err83 = {instancePath:instancePath+"/" + i0+"/defaultMaxTokens",schemaPath:"#/definitions/limit/properties/defaultMaxTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 1 || isNaN(data26)){
const err84 = {instancePath:instancePath+"/" + i0+"/defaultMaxTokens",schemaPath:"#/definitions/limit/properties/defaultMaxTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
}
else {
const err85 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

const schema19 = policySchema["definitions"]["validate"];
const schema20 = policySchema["definitions"]["encodings"];
const schema21 = policySchema["definitions"]["constraints"];
const schema22 = policySchema["definitions"]["guards"];
const pattern20 = new RegExp("^[0-9]+(\\.[0-9]+)?\\s*(b|kb|mb|gb)$", "u");
const pattern22 = new RegExp("^[A-Z][A-Z0-9_]{0,31}$", "u");

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(false !== data){
const err0 = {instancePath,schemaPath:"#/anyOf/0/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "schema") || (key0 === "maxBodyBytes")) || (key0 === "maxDepth")) || (key0 === "encodings")) || (key0 === "constraints")) || (key0 === "guards")) || (key0 === "mode"))){
const err1 = {instancePath,schemaPath:"#/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.schema !== undefined){
let data0 = data.schema;
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(typeof data0 === "string"){
if(func4(data0) < 1){
const err2 = {instancePath:instancePath+"/schema",schemaPath:"#/anyOf/1/properties/schema/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/schema",schemaPath:"#/anyOf/1/properties/schema/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs7 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs9 = errors;
if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){
const err4 = {instancePath:instancePath+"/schema",schemaPath:"#/anyOf/1/properties/schema/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs9 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
const err5 = {instancePath:instancePath+"/schema",schemaPath:"#/anyOf/1/properties/schema/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data.maxBodyBytes !== undefined){
let data1 = data.maxBodyBytes;
const _errs12 = errors;
let valid3 = false;
const _errs13 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/maxBodyBytes",schemaPath:"#/anyOf/1/properties/maxBodyBytes/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/maxBodyBytes",schemaPath:"#/anyOf/1/properties/maxBodyBytes/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid2 = _errs13 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs15 = errors;
if(typeof data1 === "string"){
if(!pattern20.test(data1)){
const err8 = {instancePath:instancePath+"/maxBodyBytes",schemaPath:"#/anyOf/1/properties/maxBodyBytes/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(b|kb|mb|gb)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(b|kb|mb|gb)$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/maxBodyBytes",schemaPath:"#/anyOf/1/properties/maxBodyBytes/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid2 = _errs15 === errors;
valid3 = valid3 || _valid2;
}
if(!valid3){
const err10 = {instancePath:instancePath+"/maxBodyBytes",schemaPath:"#/anyOf/1/properties/maxBodyBytes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.maxDepth !== undefined){
let data2 = data.maxDepth;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err11 = {instancePath:instancePath+"/maxDepth",schemaPath:"#/anyOf/1/properties/maxDepth/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/maxDepth",schemaPath:"#/anyOf/1/properties/maxDepth/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/maxDepth",schemaPath:"#/anyOf/1/properties/maxDepth/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.encodings !== undefined){
let data3 = data.encodings;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(!(((data4 === "gzip") || (data4 === "deflate")) || (data4 === "br"))){
const err14 = {instancePath:instancePath+"/encodings/" + i0,schemaPath:"#/definitions/encodings/items/enum",keyword:"enum",params:{allowedValues: schema20.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
let i1 = data3.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data3[i1], data3[j0])){
const err15 = {instancePath:instancePath+"/encodings",schemaPath:"#/definitions/encodings/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/encodings",schemaPath:"#/definitions/encodings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.constraints !== undefined){
let data5 = data.constraints;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
if(!(func2.call(schema21.properties, key1))){
const err17 = {instancePath:instancePath+"/constraints",schemaPath:"#/definitions/constraints/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.models !== undefined){
let data6 = data5.models;
if(Array.isArray(data6)){
if(data6.length < 1){
const err18 = {instancePath:instancePath+"/constraints/models",schemaPath:"#/definitions/constraints/properties/models/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len1 = data6.length;
for(let i2=0; i2<len1; i2++){
let data7 = data6[i2];
if(typeof data7 === "string"){
if(func4(data7) > 256){
const err19 = {instancePath:instancePath+"/constraints/models/" + i2,schemaPath:"#/definitions/constraints/properties/models/items/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func4(data7) < 1){
const err20 = {instancePath:instancePath+"/constraints/models/" + i2,schemaPath:"#/definitions/constraints/properties/models/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/constraints/models/" + i2,schemaPath:"#/definitions/constraints/properties/models/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let i3 = data6.length;
let j1;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data6[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
const err22 = {instancePath:instancePath+"/constraints/models",schemaPath:"#/definitions/constraints/properties/models/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err23 = {instancePath:instancePath+"/constraints/models",schemaPath:"#/definitions/constraints/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.maxTokens !== undefined){
let data8 = data5.maxTokens;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err24 = {instancePath:instancePath+"/constraints/maxTokens",schemaPath:"#/definitions/constraints/properties/maxTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
const err25 = {instancePath:instancePath+"/constraints/maxTokens",schemaPath:"#/definitions/constraints/properties/maxTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data5.maxTokensAction !== undefined){
let data9 = data5.maxTokensAction;
if(!((data9 === "reject") || (data9 === "clamp"))){
const err26 = {instancePath:instancePath+"/constraints/maxTokensAction",schemaPath:"#/definitions/constraints/properties/maxTokensAction/enum",keyword:"enum",params:{allowedValues: schema21.properties.maxTokensAction.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data5.defaultMaxTokens !== undefined){
let data10 = data5.defaultMaxTokens;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err27 = {instancePath:instancePath+"/constraints/defaultMaxTokens",schemaPath:"#/definitions/constraints/properties/defaultMaxTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err28 = {instancePath:instancePath+"/constraints/defaultMaxTokens",schemaPath:"#/definitions/constraints/properties/defaultMaxTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data5.maxN !== undefined){
let data11 = data5.maxN;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err29 = {instancePath:instancePath+"/constraints/maxN",schemaPath:"#/definitions/constraints/properties/maxN/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
const err30 = {instancePath:instancePath+"/constraints/maxN",schemaPath:"#/definitions/constraints/properties/maxN/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data5.maxMessages !== undefined){
let data12 = data5.maxMessages;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err31 = {instancePath:instancePath+"/constraints/maxMessages",schemaPath:"#/definitions/constraints/properties/maxMessages/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 1 || isNaN(data12)){
const err32 = {instancePath:instancePath+"/constraints/maxMessages",schemaPath:"#/definitions/constraints/properties/maxMessages/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data5.maxMessageChars !== undefined){
let data13 = data5.maxMessageChars;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err33 = {instancePath:instancePath+"/constraints/maxMessageChars",schemaPath:"#/definitions/constraints/properties/maxMessageChars/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 1 || isNaN(data13)){
const err34 = {instancePath:instancePath+"/constraints/maxMessageChars",schemaPath:"#/definitions/constraints/properties/maxMessageChars/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data5.tools !== undefined){
let data14 = data5.tools;
if(Array.isArray(data14)){
if(data14.length < 1){
const err35 = {instancePath:instancePath+"/constraints/tools",schemaPath:"#/definitions/constraints/properties/tools/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
const len2 = data14.length;
for(let i4=0; i4<len2; i4++){
let data15 = data14[i4];
if(typeof data15 === "string"){
if(func4(data15) > 256){
const err36 = {instancePath:instancePath+"/constraints/tools/" + i4,schemaPath:"#/definitions/constraints/properties/tools/items/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(func4(data15) < 1){
const err37 = {instancePath:instancePath+"/constraints/tools/" + i4,schemaPath:"#/definitions/constraints/properties/tools/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/constraints/tools/" + i4,schemaPath:"#/definitions/constraints/properties/tools/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
let i5 = data14.length;
let j2;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data14[i5];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j2 = indices1[item1];
const err39 = {instancePath:instancePath+"/constraints/tools",schemaPath:"#/definitions/constraints/properties/tools/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err40 = {instancePath:instancePath+"/constraints/tools",schemaPath:"#/definitions/constraints/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data5.systemMessages !== undefined){
let data16 = data5.systemMessages;
if(!(((data16 === "allow") || (data16 === "forbid")) || (data16 === "replace"))){
const err41 = {instancePath:instancePath+"/constraints/systemMessages",schemaPath:"#/definitions/constraints/properties/systemMessages/enum",keyword:"enum",params:{allowedValues: schema21.properties.systemMessages.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data5.systemPrompt !== undefined){
let data17 = data5.systemPrompt;
if(typeof data17 === "string"){
if(func4(data17) > 100000){
const err42 = {instancePath:instancePath+"/constraints/systemPrompt",schemaPath:"#/definitions/constraints/properties/systemPrompt/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(func4(data17) < 1){
const err43 = {instancePath:instancePath+"/constraints/systemPrompt",schemaPath:"#/definitions/constraints/properties/systemPrompt/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/constraints/systemPrompt",schemaPath:"#/definitions/constraints/properties/systemPrompt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data5.mode !== undefined){
let data18 = data5.mode;
if(!((data18 === "enforce") || (data18 === "monitor"))){
const err45 = {instancePath:instancePath+"/constraints/mode",schemaPath:"#/definitions/constraints/properties/mode/enum",keyword:"enum",params:{allowedValues: schema21.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/constraints",schemaPath:"#/definitions/constraints/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.guards !== undefined){
let data19 = data.guards;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key2 in data19){
if(!((key2 === "injection") || (key2 === "pii"))){
const err47 = {instancePath:instancePath+"/guards",schemaPath:"#/definitions/guards/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data19.injection !== undefined){
let data20 = data19.injection;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key3 in data20){
if(!(((((key3 === "action") || (key3 === "threshold")) || (key3 === "roles")) || (key3 === "rules")) || (key3 === "mode"))){
const err48 = {instancePath:instancePath+"/guards/injection",schemaPath:"#/definitions/guards/properties/injection/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data20.action !== undefined){
let data21 = data20.action;
if(!((data21 === "block") || (data21 === "flag"))){
const err49 = {instancePath:instancePath+"/guards/injection/action",schemaPath:"#/definitions/guards/properties/injection/properties/action/enum",keyword:"enum",params:{allowedValues: schema22.properties.injection.properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data20.threshold !== undefined){
let data22 = data20.threshold;
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 <= 0 || isNaN(data22)){
const err50 = {instancePath:instancePath+"/guards/injection/threshold",schemaPath:"#/definitions/guards/properties/injection/properties/threshold/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/guards/injection/threshold",schemaPath:"#/definitions/guards/properties/injection/properties/threshold/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data20.roles !== undefined){
let data23 = data20.roles;
if(Array.isArray(data23)){
if(data23.length < 1){
const err52 = {instancePath:instancePath+"/guards/injection/roles",schemaPath:"#/definitions/guards/properties/injection/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
const len3 = data23.length;
for(let i6=0; i6<len3; i6++){
let data24 = data23[i6];
if(!((((data24 === "user") || (data24 === "assistant")) || (data24 === "tool")) || (data24 === "system"))){
const err53 = {instancePath:instancePath+"/guards/injection/roles/" + i6,schemaPath:"#/definitions/guards/properties/injection/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema22.properties.injection.properties.roles.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
let i7 = data23.length;
let j3;
if(i7 > 1){
outer1:
for(;i7--;){
for(j3 = i7; j3--;){
if(func0(data23[i7], data23[j3])){
const err54 = {instancePath:instancePath+"/guards/injection/roles",schemaPath:"#/definitions/guards/properties/injection/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err55 = {instancePath:instancePath+"/guards/injection/roles",schemaPath:"#/definitions/guards/properties/injection/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data20.rules !== undefined){
let data25 = data20.rules;
if(Array.isArray(data25)){
const len4 = data25.length;
for(let i8=0; i8<len4; i8++){
let data26 = data25[i8];
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.name === undefined){
const err56 = {instancePath:instancePath+"/guards/injection/rules/" + i8,schemaPath:"#/definitions/guards/properties/injection/properties/rules/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data26.pattern === undefined){
const err57 = {instancePath:instancePath+"/guards/injection/rules/" + i8,schemaPath:"#/definitions/guards/properties/injection/properties/rules/items/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key4 in data26){
if(!(((key4 === "name") || (key4 === "pattern")) || (key4 === "weight"))){
const err58 = {instancePath:instancePath+"/guards/injection/rules/" + i8,schemaPath:"#/definitions/guards/properties/injection/properties/rules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data26.name !== undefined){
let data27 = data26.name;
if(typeof data27 === "string"){
if(!pattern4.test(data27)){
const err59 = {instancePath:instancePath+"/guards/injection/rules/" + i8+"/name",schemaPath:"#/definitions/guards/properties/injection/properties/rules/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/guards/injection/rules/" + i8+"/name",schemaPath:"#/definitions/guards/properties/injection/properties/rules/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data26.pattern !== undefined){
let data28 = data26.pattern;
if(typeof data28 === "string"){
if(func4(data28) > 1000){
const err61 = {instancePath:instancePath+"/guards/injection/rules/" + i8+"/pattern",schemaPath:"#/definitions/guards/properties/injection/properties/rules/items/properties/pattern/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(func4(data28) < 1){
const err62 = {instancePath:instancePath+"/guards/injection/rules/" + i8+"/pattern",schemaPath:"#/definitions/guards/properties/injection/properties/rules/items/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/guards/injection/rules/" + i8+"/pattern",schemaPath:"#/definitions/guards/properties/injection/properties/rules/items/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data26.weight !== undefined){
let data29 = data26.weight;
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 <= 0 || isNaN(data29)){
const err64 = {instancePath:instancePath+"/guards/injection/rules/" + i8+"/weight",schemaPath:"#/definitions/guards/properties/injection/properties/rules/items/properties/weight/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/guards/injection/rules/" + i8+"/weight",schemaPath:"#/definitions/guards/properties/injection/properties/rules/items/properties/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/guards/injection/rules/" + i8,schemaPath:"#/definitions/guards/properties/injection/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/guards/injection/rules",schemaPath:"#/definitions/guards/properties/injection/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data20.mode !== undefined){
let data30 = data20.mode;
if(!((data30 === "enforce") || (data30 === "monitor"))){
const err68 = {instancePath:instancePath+"/guards/injection/mode",schemaPath:"#/definitions/guards/properties/injection/properties/mode/enum",keyword:"enum",params:{allowedValues: schema22.properties.injection.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/guards/injection",schemaPath:"#/definitions/guards/properties/injection/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data19.pii !== undefined){
let data31 = data19.pii;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key5 in data31){
if(!(((((key5 === "action") || (key5 === "detect")) || (key5 === "patterns")) || (key5 === "roles")) || (key5 === "mode"))){
const err70 = {instancePath:instancePath+"/guards/pii",schemaPath:"#/definitions/guards/properties/pii/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data31.action !== undefined){
let data32 = data31.action;
if(!(((data32 === "block") || (data32 === "redact")) || (data32 === "mask"))){
const err71 = {instancePath:instancePath+"/guards/pii/action",schemaPath:"#/definitions/guards/properties/pii/properties/action/enum",keyword:"enum",params:{allowedValues: schema22.properties.pii.properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data31.detect !== undefined){
let data33 = data31.detect;
if(Array.isArray(data33)){
const len5 = data33.length;
for(let i9=0; i9<len5; i9++){
let data34 = data33[i9];
if(!(((((((data34 === "email") || (data34 === "phone")) || (data34 === "card")) || (data34 === "iban")) || (data34 === "ssn")) || (data34 === "ip")) || (data34 === "secret"))){
const err72 = {instancePath:instancePath+"/guards/pii/detect/" + i9,schemaPath:"#/definitions/guards/properties/pii/properties/detect/items/enum",keyword:"enum",params:{allowedValues: schema22.properties.pii.properties.detect.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
let i10 = data33.length;
let j4;
if(i10 > 1){
outer2:
for(;i10--;){
for(j4 = i10; j4--;){
if(func0(data33[i10], data33[j4])){
const err73 = {instancePath:instancePath+"/guards/pii/detect",schemaPath:"#/definitions/guards/properties/pii/properties/detect/uniqueItems",keyword:"uniqueItems",params:{i: i10, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i10+" are identical)"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
break outer2;
}
}
}
}
}
else {
const err74 = {instancePath:instancePath+"/guards/pii/detect",schemaPath:"#/definitions/guards/properties/pii/properties/detect/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data31.patterns !== undefined){
let data35 = data31.patterns;
if(Array.isArray(data35)){
const len6 = data35.length;
for(let i11=0; i11<len6; i11++){
let data36 = data35[i11];
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.name === undefined){
const err75 = {instancePath:instancePath+"/guards/pii/patterns/" + i11,schemaPath:"#/definitions/guards/properties/pii/properties/patterns/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data36.pattern === undefined){
const err76 = {instancePath:instancePath+"/guards/pii/patterns/" + i11,schemaPath:"#/definitions/guards/properties/pii/properties/patterns/items/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
for(const key6 in data36){
if(!((key6 === "name") || (key6 === "pattern"))){
const err77 = {instancePath:instancePath+"/guards/pii/patterns/" + i11,schemaPath:"#/definitions/guards/properties/pii/properties/patterns/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data36.name !== undefined){
let data37 = data36.name;
if(typeof data37 === "string"){
if(!pattern22.test(data37)){
const err78 = {instancePath:instancePath+"/guards/pii/patterns/" + i11+"/name",schemaPath:"#/definitions/guards/properties/pii/properties/patterns/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9_]{0,31}$"},message:"must match pattern \""+"^[A-Z][A-Z0-9_]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/guards/pii/patterns/" + i11+"/name",schemaPath:"#/definitions/guards/properties/pii/properties/patterns/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data36.pattern !== undefined){
let data38 = data36.pattern;
if(typeof data38 === "string"){
if(func4(data38) > 1000){
const err80 = {instancePath:instancePath+"/guards/pii/patterns/" + i11+"/pattern",schemaPath:"#/definitions/guards/properties/pii/properties/patterns/items/properties/pattern/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(func4(data38) < 1){
const err81 = {instancePath:instancePath+"/guards/pii/patterns/" + i11+"/pattern",schemaPath:"#/definitions/guards/properties/pii/properties/patterns/items/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/guards/pii/patterns/" + i11+"/pattern",schemaPath:"#/definitions/guards/properties/pii/properties/patterns/items/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/guards/pii/patterns/" + i11,schemaPath:"#/definitions/guards/properties/pii/properties/patterns/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/guards/pii/patterns",schemaPath:"#/definitions/guards/properties/pii/properties/patterns/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data31.roles !== undefined){
let data39 = data31.roles;
if(Array.isArray(data39)){
if(data39.length < 1){
const err85 = {instancePath:instancePath+"/guards/pii/roles",schemaPath:"#/definitions/guards/properties/pii/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
const len7 = data39.length;
for(let i12=0; i12<len7; i12++){
let data40 = data39[i12];
if(!((((data40 === "user") || (data40 === "assistant")) || (data40 === "tool")) || (data40 === "system"))){
const err86 = {instancePath:instancePath+"/guards/pii/roles/" + i12,schemaPath:"#/definitions/guards/properties/pii/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema22.properties.pii.properties.roles.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
let i13 = data39.length;
let j5;
if(i13 > 1){
outer3:
for(;i13--;){
for(j5 = i13; j5--;){
if(func0(data39[i13], data39[j5])){
const err87 = {instancePath:instancePath+"/guards/pii/roles",schemaPath:"#/definitions/guards/properties/pii/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i13+" are identical)"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
break outer3;
}
}
}
}
}
else {
const err88 = {instancePath:instancePath+"/guards/pii/roles",schemaPath:"#/definitions/guards/properties/pii/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data31.mode !== undefined){
let data41 = data31.mode;
if(!((data41 === "enforce") || (data41 === "monitor"))){
const err89 = {instancePath:instancePath+"/guards/pii/mode",schemaPath:"#/definitions/guards/properties/pii/properties/mode/enum",keyword:"enum",params:{allowedValues: schema22.properties.pii.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath:instancePath+"/guards/pii",schemaPath:"#/definitions/guards/properties/pii/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/guards",schemaPath:"#/definitions/guards/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data.mode !== undefined){
let data42 = data.mode;
if(!((data42 === "enforce") || (data42 === "monitor"))){
const err92 = {instancePath:instancePath+"/mode",schemaPath:"#/anyOf/1/properties/mode/enum",keyword:"enum",params:{allowedValues: schema19.anyOf[1].properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err94 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate16.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "mode") || (key0 === "auth")) || (key0 === "limits")) || (key0 === "validate")) || (key0 === "network"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.mode !== undefined){
let data0 = data.mode;
if(!((data0 === "enforce") || (data0 === "monitor"))){
const err1 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema13.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.auth !== undefined){
if(!(validate12(data.auth, {instancePath:instancePath+"/auth",parentData:data,parentDataProperty:"auth",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.limits !== undefined){
if(!(validate14(data.limits, {instancePath:instancePath+"/limits",parentData:data,parentDataProperty:"limits",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.validate !== undefined){
if(!(validate16(data.validate, {instancePath:instancePath+"/validate",parentData:data,parentDataProperty:"validate",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
if(data.network !== undefined){
let data4 = data.network;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!((((key1 === "allow") || (key1 === "deny")) || (key1 === "requireHttps")) || (key1 === "hsts"))){
const err2 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data4.allow !== undefined){
let data5 = data4.allow;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(func4(data6) > 64){
const err3 = {instancePath:instancePath+"/network/allow/" + i0,schemaPath:"#/properties/network/properties/allow/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func4(data6) < 2){
const err4 = {instancePath:instancePath+"/network/allow/" + i0,schemaPath:"#/properties/network/properties/allow/items/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/network/allow/" + i0,schemaPath:"#/properties/network/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/network/allow",schemaPath:"#/properties/network/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data4.deny !== undefined){
let data7 = data4.deny;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(typeof data8 === "string"){
if(func4(data8) > 64){
const err7 = {instancePath:instancePath+"/network/deny/" + i1,schemaPath:"#/properties/network/properties/deny/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func4(data8) < 2){
const err8 = {instancePath:instancePath+"/network/deny/" + i1,schemaPath:"#/properties/network/properties/deny/items/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/network/deny/" + i1,schemaPath:"#/properties/network/properties/deny/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/network/deny",schemaPath:"#/properties/network/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.requireHttps !== undefined){
let data9 = data4.requireHttps;
const _errs18 = errors;
let valid6 = false;
const _errs19 = errors;
if(typeof data9 !== "boolean"){
const err11 = {instancePath:instancePath+"/network/requireHttps",schemaPath:"#/properties/network/properties/requireHttps/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs19 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const _errs21 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
if(!(((key2 === "action") || (key2 === "rejectStatus")) || (key2 === "redirectHost"))){
const err12 = {instancePath:instancePath+"/network/requireHttps",schemaPath:"#/properties/network/properties/requireHttps/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data9.action !== undefined){
let data10 = data9.action;
if(!((data10 === "reject") || (data10 === "redirect"))){
const err13 = {instancePath:instancePath+"/network/requireHttps/action",schemaPath:"#/properties/network/properties/requireHttps/anyOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema13.properties.network.properties.requireHttps.anyOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data9.rejectStatus !== undefined){
let data11 = data9.rejectStatus;
if(!((data11 === 400) || (data11 === 403))){
const err14 = {instancePath:instancePath+"/network/requireHttps/rejectStatus",schemaPath:"#/properties/network/properties/requireHttps/anyOf/1/properties/rejectStatus/enum",keyword:"enum",params:{allowedValues: schema13.properties.network.properties.requireHttps.anyOf[1].properties.rejectStatus.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data9.redirectHost !== undefined){
let data12 = data9.redirectHost;
if(typeof data12 === "string"){
if(!pattern11.test(data12)){
const err15 = {instancePath:instancePath+"/network/requireHttps/redirectHost",schemaPath:"#/properties/network/properties/requireHttps/anyOf/1/properties/redirectHost/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?$"},message:"must match pattern \""+"^[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/network/requireHttps/redirectHost",schemaPath:"#/properties/network/properties/requireHttps/anyOf/1/properties/redirectHost/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/network/requireHttps",schemaPath:"#/properties/network/properties/requireHttps/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs21 === errors;
valid6 = valid6 || _valid0;
}
if(!valid6){
const err18 = {instancePath:instancePath+"/network/requireHttps",schemaPath:"#/properties/network/properties/requireHttps/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data4.hsts !== undefined){
let data13 = data4.hsts;
const _errs29 = errors;
let valid8 = false;
const _errs30 = errors;
if(typeof data13 !== "boolean"){
const err19 = {instancePath:instancePath+"/network/hsts",schemaPath:"#/properties/network/properties/hsts/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid1 = _errs30 === errors;
valid8 = valid8 || _valid1;
if(!valid8){
const _errs32 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key3 in data13){
if(!(((key3 === "maxAge") || (key3 === "includeSubDomains")) || (key3 === "preload"))){
const err20 = {instancePath:instancePath+"/network/hsts",schemaPath:"#/properties/network/properties/hsts/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data13.maxAge !== undefined){
let data14 = data13.maxAge;
const _errs36 = errors;
let valid10 = false;
const _errs37 = errors;
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 <= 0 || isNaN(data14)){
const err21 = {instancePath:instancePath+"/network/hsts/maxAge",schemaPath:"#/properties/network/properties/hsts/anyOf/1/properties/maxAge/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/network/hsts/maxAge",schemaPath:"#/properties/network/properties/hsts/anyOf/1/properties/maxAge/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid2 = _errs37 === errors;
valid10 = valid10 || _valid2;
if(!valid10){
const _errs39 = errors;
if(typeof data14 === "string"){
if(!pattern10.test(data14)){
const err23 = {instancePath:instancePath+"/network/hsts/maxAge",schemaPath:"#/properties/network/properties/hsts/anyOf/1/properties/maxAge/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/network/hsts/maxAge",schemaPath:"#/properties/network/properties/hsts/anyOf/1/properties/maxAge/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid2 = _errs39 === errors;
valid10 = valid10 || _valid2;
}
if(!valid10){
const err25 = {instancePath:instancePath+"/network/hsts/maxAge",schemaPath:"#/properties/network/properties/hsts/anyOf/1/properties/maxAge/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
}
}
if(data13.includeSubDomains !== undefined){
if(typeof data13.includeSubDomains !== "boolean"){
const err26 = {instancePath:instancePath+"/network/hsts/includeSubDomains",schemaPath:"#/properties/network/properties/hsts/anyOf/1/properties/includeSubDomains/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data13.preload !== undefined){
if(typeof data13.preload !== "boolean"){
const err27 = {instancePath:instancePath+"/network/hsts/preload",schemaPath:"#/properties/network/properties/hsts/anyOf/1/properties/preload/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/network/hsts",schemaPath:"#/properties/network/properties/hsts/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid1 = _errs32 === errors;
valid8 = valid8 || _valid1;
}
if(!valid8){
const err29 = {instancePath:instancePath+"/network/hsts",schemaPath:"#/properties/network/properties/hsts/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema23 = policySchema["definitions"]["route"];
const pattern26 = new RegExp("^[A-Za-z]+$", "u");
const pattern28 = new RegExp("^/", "u");

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "match")) || (key0 === "mode")) || (key0 === "auth")) || (key0 === "limits")) || (key0 === "validate")) || (key0 === "network"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.match !== undefined){
let data1 = data.match;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.path === undefined){
const err4 = {instancePath:instancePath+"/match",schemaPath:"#/properties/match/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "method") || (key1 === "path"))){
const err5 = {instancePath:instancePath+"/match",schemaPath:"#/properties/match/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.method !== undefined){
let data2 = data1.method;
const _errs8 = errors;
let valid2 = false;
const _errs9 = errors;
if(typeof data2 === "string"){
if(!pattern26.test(data2)){
const err6 = {instancePath:instancePath+"/match/method",schemaPath:"#/properties/match/properties/method/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]+$"},message:"must match pattern \""+"^[A-Za-z]+$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/match/method",schemaPath:"#/properties/match/properties/method/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs11 = errors;
if(Array.isArray(data2)){
if(data2.length < 1){
const err8 = {instancePath:instancePath+"/match/method",schemaPath:"#/properties/match/properties/method/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(!pattern26.test(data3)){
const err9 = {instancePath:instancePath+"/match/method/" + i0,schemaPath:"#/properties/match/properties/method/anyOf/1/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]+$"},message:"must match pattern \""+"^[A-Za-z]+$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/match/method/" + i0,schemaPath:"#/properties/match/properties/method/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/match/method",schemaPath:"#/properties/match/properties/method/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
const err12 = {instancePath:instancePath+"/match/method",schemaPath:"#/properties/match/properties/method/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
if(data1.path !== undefined){
let data4 = data1.path;
if(typeof data4 === "string"){
if(!pattern28.test(data4)){
const err13 = {instancePath:instancePath+"/match/path",schemaPath:"#/properties/match/properties/path/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/match/path",schemaPath:"#/properties/match/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/match",schemaPath:"#/properties/match/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.mode !== undefined){
let data5 = data.mode;
if(!((data5 === "enforce") || (data5 === "monitor"))){
const err16 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema23.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.auth !== undefined){
if(!(validate12(data.auth, {instancePath:instancePath+"/auth",parentData:data,parentDataProperty:"auth",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.limits !== undefined){
if(!(validate14(data.limits, {instancePath:instancePath+"/limits",parentData:data,parentDataProperty:"limits",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.validate !== undefined){
if(!(validate16(data.validate, {instancePath:instancePath+"/validate",parentData:data,parentDataProperty:"validate",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
if(data.network !== undefined){
let data9 = data.network;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
if(!((((key2 === "allow") || (key2 === "deny")) || (key2 === "requireHttps")) || (key2 === "hsts"))){
const err17 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data9.allow !== undefined){
let data10 = data9.allow;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(typeof data11 === "string"){
if(func4(data11) > 64){
const err18 = {instancePath:instancePath+"/network/allow/" + i1,schemaPath:"#/properties/network/properties/allow/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func4(data11) < 2){
const err19 = {instancePath:instancePath+"/network/allow/" + i1,schemaPath:"#/properties/network/properties/allow/items/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/network/allow/" + i1,schemaPath:"#/properties/network/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/network/allow",schemaPath:"#/properties/network/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data9.deny !== undefined){
let data12 = data9.deny;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
let data13 = data12[i2];
if(typeof data13 === "string"){
if(func4(data13) > 64){
const err22 = {instancePath:instancePath+"/network/deny/" + i2,schemaPath:"#/properties/network/properties/deny/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func4(data13) < 2){
const err23 = {instancePath:instancePath+"/network/deny/" + i2,schemaPath:"#/properties/network/properties/deny/items/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/network/deny/" + i2,schemaPath:"#/properties/network/properties/deny/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/network/deny",schemaPath:"#/properties/network/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data9.requireHttps !== undefined){
let data14 = data9.requireHttps;
const _errs33 = errors;
let valid10 = false;
const _errs34 = errors;
if(typeof data14 !== "boolean"){
const err26 = {instancePath:instancePath+"/network/requireHttps",schemaPath:"#/properties/network/properties/requireHttps/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid1 = _errs34 === errors;
valid10 = valid10 || _valid1;
if(!valid10){
const _errs36 = errors;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key3 in data14){
if(!(((key3 === "action") || (key3 === "rejectStatus")) || (key3 === "redirectHost"))){
const err27 = {instancePath:instancePath+"/network/requireHttps",schemaPath:"#/properties/network/properties/requireHttps/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data14.action !== undefined){
let data15 = data14.action;
if(!((data15 === "reject") || (data15 === "redirect"))){
const err28 = {instancePath:instancePath+"/network/requireHttps/action",schemaPath:"#/properties/network/properties/requireHttps/anyOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema23.properties.network.properties.requireHttps.anyOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data14.rejectStatus !== undefined){
let data16 = data14.rejectStatus;
if(!((data16 === 400) || (data16 === 403))){
const err29 = {instancePath:instancePath+"/network/requireHttps/rejectStatus",schemaPath:"#/properties/network/properties/requireHttps/anyOf/1/properties/rejectStatus/enum",keyword:"enum",params:{allowedValues: schema23.properties.network.properties.requireHttps.anyOf[1].properties.rejectStatus.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data14.redirectHost !== undefined){
let data17 = data14.redirectHost;
if(typeof data17 === "string"){
if(!pattern11.test(data17)){
const err30 = {instancePath:instancePath+"/network/requireHttps/redirectHost",schemaPath:"#/properties/network/properties/requireHttps/anyOf/1/properties/redirectHost/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?$"},message:"must match pattern \""+"^[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/network/requireHttps/redirectHost",schemaPath:"#/properties/network/properties/requireHttps/anyOf/1/properties/redirectHost/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/network/requireHttps",schemaPath:"#/properties/network/properties/requireHttps/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid1 = _errs36 === errors;
valid10 = valid10 || _valid1;
}
if(!valid10){
const err33 = {instancePath:instancePath+"/network/requireHttps",schemaPath:"#/properties/network/properties/requireHttps/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
}
if(data9.hsts !== undefined){
let data18 = data9.hsts;
const _errs44 = errors;
let valid12 = false;
const _errs45 = errors;
if(typeof data18 !== "boolean"){
const err34 = {instancePath:instancePath+"/network/hsts",schemaPath:"#/properties/network/properties/hsts/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid2 = _errs45 === errors;
valid12 = valid12 || _valid2;
if(!valid12){
const _errs47 = errors;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key4 in data18){
if(!(((key4 === "maxAge") || (key4 === "includeSubDomains")) || (key4 === "preload"))){
const err35 = {instancePath:instancePath+"/network/hsts",schemaPath:"#/properties/network/properties/hsts/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data18.maxAge !== undefined){
let data19 = data18.maxAge;
const _errs51 = errors;
let valid14 = false;
const _errs52 = errors;
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 <= 0 || isNaN(data19)){
const err36 = {instancePath:instancePath+"/network/hsts/maxAge",schemaPath:"#/properties/network/properties/hsts/anyOf/1/properties/maxAge/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/network/hsts/maxAge",schemaPath:"#/properties/network/properties/hsts/anyOf/1/properties/maxAge/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid3 = _errs52 === errors;
valid14 = valid14 || _valid3;
if(!valid14){
const _errs54 = errors;
if(typeof data19 === "string"){
if(!pattern10.test(data19)){
const err38 = {instancePath:instancePath+"/network/hsts/maxAge",schemaPath:"#/properties/network/properties/hsts/anyOf/1/properties/maxAge/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/network/hsts/maxAge",schemaPath:"#/properties/network/properties/hsts/anyOf/1/properties/maxAge/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid3 = _errs54 === errors;
valid14 = valid14 || _valid3;
}
if(!valid14){
const err40 = {instancePath:instancePath+"/network/hsts/maxAge",schemaPath:"#/properties/network/properties/hsts/anyOf/1/properties/maxAge/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
else {
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
}
}
if(data18.includeSubDomains !== undefined){
if(typeof data18.includeSubDomains !== "boolean"){
const err41 = {instancePath:instancePath+"/network/hsts/includeSubDomains",schemaPath:"#/properties/network/properties/hsts/anyOf/1/properties/includeSubDomains/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data18.preload !== undefined){
if(typeof data18.preload !== "boolean"){
const err42 = {instancePath:instancePath+"/network/hsts/preload",schemaPath:"#/properties/network/properties/hsts/anyOf/1/properties/preload/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/network/hsts",schemaPath:"#/properties/network/properties/hsts/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid2 = _errs47 === errors;
valid12 = valid12 || _valid2;
}
if(!valid12){
const err44 = {instancePath:instancePath+"/network/hsts",schemaPath:"#/properties/network/properties/hsts/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
else {
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err45 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}

const schema24 = policySchema["definitions"]["jwt"];
const schema25 = policySchema["definitions"]["claims"];
const pattern33 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern34 = new RegExp("^https?://[^\\s]+$", "u");
const pattern37 = new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "u");
const pattern38 = new RegExp("^[A-Za-z0-9_:/.$-]{1,128}$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema24.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.algorithms !== undefined){
let data0 = data.algorithms;
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/algorithms",schemaPath:"#/properties/algorithms/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!((((((((((((data1 === "HS256") || (data1 === "HS384")) || (data1 === "HS512")) || (data1 === "RS256")) || (data1 === "RS384")) || (data1 === "RS512")) || (data1 === "PS256")) || (data1 === "PS384")) || (data1 === "PS512")) || (data1 === "ES256")) || (data1 === "ES384")) || (data1 === "ES512"))){
const err2 = {instancePath:instancePath+"/algorithms/" + i0,schemaPath:"#/properties/algorithms/items/enum",keyword:"enum",params:{allowedValues: schema24.properties.algorithms.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data0[i1], data0[j0])){
const err3 = {instancePath:instancePath+"/algorithms",schemaPath:"#/properties/algorithms/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err4 = {instancePath:instancePath+"/algorithms",schemaPath:"#/properties/algorithms/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.issuer !== undefined){
let data2 = data.issuer;
const _errs6 = errors;
let valid4 = false;
const _errs7 = errors;
if(typeof data2 === "string"){
if(func4(data2) < 1){
const err5 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs9 = errors;
if(Array.isArray(data2)){
if(data2.length < 1){
const err7 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len1 = data2.length;
for(let i2=0; i2<len1; i2++){
let data3 = data2[i2];
if(typeof data3 === "string"){
if(func4(data3) < 1){
const err8 = {instancePath:instancePath+"/issuer/" + i2,schemaPath:"#/properties/issuer/anyOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/issuer/" + i2,schemaPath:"#/properties/issuer/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid4 = valid4 || _valid0;
}
if(!valid4){
const err11 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data.audience !== undefined){
let data4 = data.audience;
const _errs14 = errors;
let valid7 = false;
const _errs15 = errors;
if(typeof data4 === "string"){
if(func4(data4) < 1){
const err12 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs15 === errors;
valid7 = valid7 || _valid1;
if(!valid7){
const _errs17 = errors;
if(Array.isArray(data4)){
if(data4.length < 1){
const err14 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len2 = data4.length;
for(let i3=0; i3<len2; i3++){
let data5 = data4[i3];
if(typeof data5 === "string"){
if(func4(data5) < 1){
const err15 = {instancePath:instancePath+"/audience/" + i3,schemaPath:"#/properties/audience/anyOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/audience/" + i3,schemaPath:"#/properties/audience/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs17 === errors;
valid7 = valid7 || _valid1;
}
if(!valid7){
const err18 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
}
if(data.clockTolerance !== undefined){
let data6 = data.clockTolerance;
const _errs22 = errors;
let valid10 = false;
const _errs23 = errors;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err19 = {instancePath:instancePath+"/clockTolerance",schemaPath:"#/properties/clockTolerance/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/clockTolerance",schemaPath:"#/properties/clockTolerance/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid2 = _errs23 === errors;
valid10 = valid10 || _valid2;
if(!valid10){
const _errs25 = errors;
if(typeof data6 === "string"){
if(!pattern10.test(data6)){
const err21 = {instancePath:instancePath+"/clockTolerance",schemaPath:"#/properties/clockTolerance/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/clockTolerance",schemaPath:"#/properties/clockTolerance/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid2 = _errs25 === errors;
valid10 = valid10 || _valid2;
}
if(!valid10){
const err23 = {instancePath:instancePath+"/clockTolerance",schemaPath:"#/properties/clockTolerance/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
}
if(data.maxAge !== undefined){
let data7 = data.maxAge;
const _errs28 = errors;
let valid11 = false;
const _errs29 = errors;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err24 = {instancePath:instancePath+"/maxAge",schemaPath:"#/properties/maxAge/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/maxAge",schemaPath:"#/properties/maxAge/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid3 = _errs29 === errors;
valid11 = valid11 || _valid3;
if(!valid11){
const _errs31 = errors;
if(typeof data7 === "string"){
if(!pattern10.test(data7)){
const err26 = {instancePath:instancePath+"/maxAge",schemaPath:"#/properties/maxAge/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/maxAge",schemaPath:"#/properties/maxAge/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid3 = _errs31 === errors;
valid11 = valid11 || _valid3;
}
if(!valid11){
const err28 = {instancePath:instancePath+"/maxAge",schemaPath:"#/properties/maxAge/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
}
}
if(data.secret !== undefined){
let data8 = data.secret;
if(typeof data8 === "string"){
if(func4(data8) < 32){
const err29 = {instancePath:instancePath+"/secret",schemaPath:"#/properties/secret/minLength",keyword:"minLength",params:{limit: 32},message:"must NOT have fewer than 32 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/secret",schemaPath:"#/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.secretEnv !== undefined){
let data9 = data.secretEnv;
if(typeof data9 === "string"){
if(!pattern33.test(data9)){
const err31 = {instancePath:instancePath+"/secretEnv",schemaPath:"#/properties/secretEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/secretEnv",schemaPath:"#/properties/secretEnv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.publicKey !== undefined){
let data10 = data.publicKey;
if(typeof data10 === "string"){
if(func4(data10) < 1){
const err33 = {instancePath:instancePath+"/publicKey",schemaPath:"#/properties/publicKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/publicKey",schemaPath:"#/properties/publicKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.jwksUri !== undefined){
let data11 = data.jwksUri;
if(typeof data11 === "string"){
if(!pattern34.test(data11)){
const err35 = {instancePath:instancePath+"/jwksUri",schemaPath:"#/properties/jwksUri/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/jwksUri",schemaPath:"#/properties/jwksUri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.discovery !== undefined){
if(typeof data.discovery !== "boolean"){
const err37 = {instancePath:instancePath+"/discovery",schemaPath:"#/properties/discovery/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.jwks !== undefined){
let data13 = data.jwks;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key1 in data13){
if(!(((key1 === "cacheMaxAge") || (key1 === "requestsPerMinute")) || (key1 === "timeout"))){
const err38 = {instancePath:instancePath+"/jwks",schemaPath:"#/properties/jwks/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data13.cacheMaxAge !== undefined){
let data14 = data13.cacheMaxAge;
const _errs47 = errors;
let valid13 = false;
const _errs48 = errors;
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err39 = {instancePath:instancePath+"/jwks/cacheMaxAge",schemaPath:"#/properties/jwks/properties/cacheMaxAge/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/jwks/cacheMaxAge",schemaPath:"#/properties/jwks/properties/cacheMaxAge/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid4 = _errs48 === errors;
valid13 = valid13 || _valid4;
if(!valid13){
const _errs50 = errors;
if(typeof data14 === "string"){
if(!pattern10.test(data14)){
const err41 = {instancePath:instancePath+"/jwks/cacheMaxAge",schemaPath:"#/properties/jwks/properties/cacheMaxAge/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/jwks/cacheMaxAge",schemaPath:"#/properties/jwks/properties/cacheMaxAge/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid4 = _errs50 === errors;
valid13 = valid13 || _valid4;
}
if(!valid13){
const err43 = {instancePath:instancePath+"/jwks/cacheMaxAge",schemaPath:"#/properties/jwks/properties/cacheMaxAge/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
}
}
if(data13.requestsPerMinute !== undefined){
let data15 = data13.requestsPerMinute;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err44 = {instancePath:instancePath+"/jwks/requestsPerMinute",schemaPath:"#/properties/jwks/properties/requestsPerMinute/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 600 || isNaN(data15)){
const err45 = {instancePath:instancePath+"/jwks/requestsPerMinute",schemaPath:"#/properties/jwks/properties/requestsPerMinute/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600},message:"must be <= 600"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data15 < 1 || isNaN(data15)){
const err46 = {instancePath:instancePath+"/jwks/requestsPerMinute",schemaPath:"#/properties/jwks/properties/requestsPerMinute/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data13.timeout !== undefined){
let data16 = data13.timeout;
const _errs55 = errors;
let valid14 = false;
const _errs56 = errors;
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err47 = {instancePath:instancePath+"/jwks/timeout",schemaPath:"#/properties/jwks/properties/timeout/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/jwks/timeout",schemaPath:"#/properties/jwks/properties/timeout/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid5 = _errs56 === errors;
valid14 = valid14 || _valid5;
if(!valid14){
const _errs58 = errors;
if(typeof data16 === "string"){
if(!pattern10.test(data16)){
const err49 = {instancePath:instancePath+"/jwks/timeout",schemaPath:"#/properties/jwks/properties/timeout/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"+"\""};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/jwks/timeout",schemaPath:"#/properties/jwks/properties/timeout/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid5 = _errs58 === errors;
valid14 = valid14 || _valid5;
}
if(!valid14){
const err51 = {instancePath:instancePath+"/jwks/timeout",schemaPath:"#/properties/jwks/properties/timeout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
errors = _errs55;
if(vErrors !== null){
if(_errs55){
vErrors.length = _errs55;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err52 = {instancePath:instancePath+"/jwks",schemaPath:"#/properties/jwks/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.entra !== undefined){
let data17 = data.entra;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.tenantId === undefined){
const err53 = {instancePath:instancePath+"/entra",schemaPath:"#/properties/entra/required",keyword:"required",params:{missingProperty: "tenantId"},message:"must have required property '"+"tenantId"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data17.audience === undefined){
const err54 = {instancePath:instancePath+"/entra",schemaPath:"#/properties/entra/required",keyword:"required",params:{missingProperty: "audience"},message:"must have required property '"+"audience"+"'"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
for(const key2 in data17){
if(!((key2 === "tenantId") || (key2 === "audience"))){
const err55 = {instancePath:instancePath+"/entra",schemaPath:"#/properties/entra/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data17.tenantId !== undefined){
let data18 = data17.tenantId;
if(typeof data18 === "string"){
if(!pattern37.test(data18)){
const err56 = {instancePath:instancePath+"/entra/tenantId",schemaPath:"#/properties/entra/properties/tenantId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\""};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/entra/tenantId",schemaPath:"#/properties/entra/properties/tenantId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data17.audience !== undefined){
let data19 = data17.audience;
const _errs66 = errors;
let valid16 = false;
const _errs67 = errors;
if(typeof data19 === "string"){
if(func4(data19) < 1){
const err58 = {instancePath:instancePath+"/entra/audience",schemaPath:"#/properties/entra/properties/audience/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/entra/audience",schemaPath:"#/properties/entra/properties/audience/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
var _valid6 = _errs67 === errors;
valid16 = valid16 || _valid6;
if(!valid16){
const _errs69 = errors;
if(Array.isArray(data19)){
if(data19.length < 1){
const err60 = {instancePath:instancePath+"/entra/audience",schemaPath:"#/properties/entra/properties/audience/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
const len3 = data19.length;
for(let i4=0; i4<len3; i4++){
let data20 = data19[i4];
if(typeof data20 === "string"){
if(func4(data20) < 1){
const err61 = {instancePath:instancePath+"/entra/audience/" + i4,schemaPath:"#/properties/entra/properties/audience/anyOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/entra/audience/" + i4,schemaPath:"#/properties/entra/properties/audience/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/entra/audience",schemaPath:"#/properties/entra/properties/audience/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var _valid6 = _errs69 === errors;
valid16 = valid16 || _valid6;
}
if(!valid16){
const err64 = {instancePath:instancePath+"/entra/audience",schemaPath:"#/properties/entra/properties/audience/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
else {
errors = _errs66;
if(vErrors !== null){
if(_errs66){
vErrors.length = _errs66;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err65 = {instancePath:instancePath+"/entra",schemaPath:"#/properties/entra/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.claims !== undefined){
let data21 = data.claims;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key3 in data21){
if(!((((key3 === "subject") || (key3 === "tenant")) || (key3 === "roles")) || (key3 === "scopes"))){
const err66 = {instancePath:instancePath+"/claims",schemaPath:"#/definitions/claims/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data21.subject !== undefined){
let data22 = data21.subject;
const _errs78 = errors;
let valid21 = false;
const _errs79 = errors;
if(typeof data22 === "string"){
if(!pattern38.test(data22)){
const err67 = {instancePath:instancePath+"/claims/subject",schemaPath:"#/definitions/claims/properties/subject/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_:/.$-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_:/.$-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/claims/subject",schemaPath:"#/definitions/claims/properties/subject/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var _valid7 = _errs79 === errors;
valid21 = valid21 || _valid7;
if(!valid21){
const _errs81 = errors;
if(Array.isArray(data22)){
if(data22.length < 1){
const err69 = {instancePath:instancePath+"/claims/subject",schemaPath:"#/definitions/claims/properties/subject/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
const len4 = data22.length;
for(let i5=0; i5<len4; i5++){
let data23 = data22[i5];
if(typeof data23 === "string"){
if(!pattern38.test(data23)){
const err70 = {instancePath:instancePath+"/claims/subject/" + i5,schemaPath:"#/definitions/claims/properties/subject/anyOf/1/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_:/.$-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_:/.$-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/claims/subject/" + i5,schemaPath:"#/definitions/claims/properties/subject/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/claims/subject",schemaPath:"#/definitions/claims/properties/subject/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var _valid7 = _errs81 === errors;
valid21 = valid21 || _valid7;
}
if(!valid21){
const err73 = {instancePath:instancePath+"/claims/subject",schemaPath:"#/definitions/claims/properties/subject/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
else {
errors = _errs78;
if(vErrors !== null){
if(_errs78){
vErrors.length = _errs78;
}
else {
vErrors = null;
}
}
}
}
if(data21.tenant !== undefined){
let data24 = data21.tenant;
if(typeof data24 === "string"){
if(!pattern38.test(data24)){
const err74 = {instancePath:instancePath+"/claims/tenant",schemaPath:"#/definitions/claims/properties/tenant/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_:/.$-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_:/.$-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/claims/tenant",schemaPath:"#/definitions/claims/properties/tenant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data21.roles !== undefined){
let data25 = data21.roles;
if(typeof data25 === "string"){
if(!pattern38.test(data25)){
const err76 = {instancePath:instancePath+"/claims/roles",schemaPath:"#/definitions/claims/properties/roles/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_:/.$-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_:/.$-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/claims/roles",schemaPath:"#/definitions/claims/properties/roles/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data21.scopes !== undefined){
let data26 = data21.scopes;
if(typeof data26 === "string"){
if(!pattern38.test(data26)){
const err78 = {instancePath:instancePath+"/claims/scopes",schemaPath:"#/definitions/claims/properties/scopes/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_:/.$-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_:/.$-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/claims/scopes",schemaPath:"#/definitions/claims/properties/scopes/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/claims",schemaPath:"#/definitions/claims/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.maxTokenLength !== undefined){
let data27 = data.maxTokenLength;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err81 = {instancePath:instancePath+"/maxTokenLength",schemaPath:"#/properties/maxTokenLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 4096 || isNaN(data27)){
const err82 = {instancePath:instancePath+"/maxTokenLength",schemaPath:"#/properties/maxTokenLength/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4096},message:"must be <= 4096"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data27 < 64 || isNaN(data27)){
const err83 = {instancePath:instancePath+"/maxTokenLength",schemaPath:"#/properties/maxTokenLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 64},message:"must be >= 64"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
if(data.cacheSize !== undefined){
let data28 = data.cacheSize;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err84 = {instancePath:instancePath+"/cacheSize",schemaPath:"#/properties/cacheSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 > 1000000 || isNaN(data28)){
const err85 = {instancePath:instancePath+"/cacheSize",schemaPath:"#/properties/cacheSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data28 < 0 || isNaN(data28)){
const err86 = {instancePath:instancePath+"/cacheSize",schemaPath:"#/properties/cacheSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
}
else {
const err87 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}

const schema26 = policySchema["definitions"]["introspection"];

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.clientId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clientId"},message:"must have required property '"+"clientId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema26.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.endpoint !== undefined){
let data0 = data.endpoint;
if(typeof data0 === "string"){
if(!pattern34.test(data0)){
const err2 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.issuer !== undefined){
let data1 = data.issuer;
if(typeof data1 === "string"){
if(!pattern34.test(data1)){
const err4 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.clientId !== undefined){
let data2 = data.clientId;
if(typeof data2 === "string"){
if(func4(data2) < 1){
const err6 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.clientSecret !== undefined){
let data3 = data.clientSecret;
if(typeof data3 === "string"){
if(func4(data3) < 1){
const err8 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/properties/clientSecret/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/properties/clientSecret/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.clientSecretEnv !== undefined){
let data4 = data.clientSecretEnv;
if(typeof data4 === "string"){
if(!pattern33.test(data4)){
const err10 = {instancePath:instancePath+"/clientSecretEnv",schemaPath:"#/properties/clientSecretEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/clientSecretEnv",schemaPath:"#/properties/clientSecretEnv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.audience !== undefined){
let data5 = data.audience;
const _errs13 = errors;
let valid1 = false;
const _errs14 = errors;
if(typeof data5 === "string"){
if(func4(data5) < 1){
const err12 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs16 = errors;
if(Array.isArray(data5)){
if(data5.length < 1){
const err14 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(func4(data6) < 1){
const err15 = {instancePath:instancePath+"/audience/" + i0,schemaPath:"#/properties/audience/anyOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/audience/" + i0,schemaPath:"#/properties/audience/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err18 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
if(data.timeout !== undefined){
let data7 = data.timeout;
const _errs21 = errors;
let valid4 = false;
const _errs22 = errors;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err19 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid1 = _errs22 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs24 = errors;
if(typeof data7 === "string"){
if(!pattern10.test(data7)){
const err21 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid1 = _errs24 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err23 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
if(data.cacheMaxAge !== undefined){
let data8 = data.cacheMaxAge;
const _errs27 = errors;
let valid5 = false;
const _errs28 = errors;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err24 = {instancePath:instancePath+"/cacheMaxAge",schemaPath:"#/properties/cacheMaxAge/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/cacheMaxAge",schemaPath:"#/properties/cacheMaxAge/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid2 = _errs28 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const _errs30 = errors;
if(typeof data8 === "string"){
if(!pattern10.test(data8)){
const err26 = {instancePath:instancePath+"/cacheMaxAge",schemaPath:"#/properties/cacheMaxAge/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/cacheMaxAge",schemaPath:"#/properties/cacheMaxAge/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid2 = _errs30 === errors;
valid5 = valid5 || _valid2;
}
if(!valid5){
const err28 = {instancePath:instancePath+"/cacheMaxAge",schemaPath:"#/properties/cacheMaxAge/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
if(data.cacheSize !== undefined){
let data9 = data.cacheSize;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err29 = {instancePath:instancePath+"/cacheSize",schemaPath:"#/properties/cacheSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 1000000 || isNaN(data9)){
const err30 = {instancePath:instancePath+"/cacheSize",schemaPath:"#/properties/cacheSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err31 = {instancePath:instancePath+"/cacheSize",schemaPath:"#/properties/cacheSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data.refusedCacheMaxAge !== undefined){
let data10 = data.refusedCacheMaxAge;
const _errs35 = errors;
let valid6 = false;
const _errs36 = errors;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err32 = {instancePath:instancePath+"/refusedCacheMaxAge",schemaPath:"#/properties/refusedCacheMaxAge/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/refusedCacheMaxAge",schemaPath:"#/properties/refusedCacheMaxAge/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid3 = _errs36 === errors;
valid6 = valid6 || _valid3;
if(!valid6){
const _errs38 = errors;
if(typeof data10 === "string"){
if(!pattern10.test(data10)){
const err34 = {instancePath:instancePath+"/refusedCacheMaxAge",schemaPath:"#/properties/refusedCacheMaxAge/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/refusedCacheMaxAge",schemaPath:"#/properties/refusedCacheMaxAge/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid3 = _errs38 === errors;
valid6 = valid6 || _valid3;
}
if(!valid6){
const err36 = {instancePath:instancePath+"/refusedCacheMaxAge",schemaPath:"#/properties/refusedCacheMaxAge/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
}
if(data.maxConcurrent !== undefined){
let data11 = data.maxConcurrent;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err37 = {instancePath:instancePath+"/maxConcurrent",schemaPath:"#/properties/maxConcurrent/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 100000 || isNaN(data11)){
const err38 = {instancePath:instancePath+"/maxConcurrent",schemaPath:"#/properties/maxConcurrent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data11 < 1 || isNaN(data11)){
const err39 = {instancePath:instancePath+"/maxConcurrent",schemaPath:"#/properties/maxConcurrent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data.claims !== undefined){
let data12 = data.claims;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key1 in data12){
if(!((((key1 === "subject") || (key1 === "tenant")) || (key1 === "roles")) || (key1 === "scopes"))){
const err40 = {instancePath:instancePath+"/claims",schemaPath:"#/definitions/claims/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data12.subject !== undefined){
let data13 = data12.subject;
const _errs47 = errors;
let valid9 = false;
const _errs48 = errors;
if(typeof data13 === "string"){
if(!pattern38.test(data13)){
const err41 = {instancePath:instancePath+"/claims/subject",schemaPath:"#/definitions/claims/properties/subject/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_:/.$-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_:/.$-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/claims/subject",schemaPath:"#/definitions/claims/properties/subject/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid4 = _errs48 === errors;
valid9 = valid9 || _valid4;
if(!valid9){
const _errs50 = errors;
if(Array.isArray(data13)){
if(data13.length < 1){
const err43 = {instancePath:instancePath+"/claims/subject",schemaPath:"#/definitions/claims/properties/subject/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
let data14 = data13[i1];
if(typeof data14 === "string"){
if(!pattern38.test(data14)){
const err44 = {instancePath:instancePath+"/claims/subject/" + i1,schemaPath:"#/definitions/claims/properties/subject/anyOf/1/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_:/.$-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_:/.$-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/claims/subject/" + i1,schemaPath:"#/definitions/claims/properties/subject/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/claims/subject",schemaPath:"#/definitions/claims/properties/subject/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid4 = _errs50 === errors;
valid9 = valid9 || _valid4;
}
if(!valid9){
const err47 = {instancePath:instancePath+"/claims/subject",schemaPath:"#/definitions/claims/properties/subject/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
else {
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
}
}
if(data12.tenant !== undefined){
let data15 = data12.tenant;
if(typeof data15 === "string"){
if(!pattern38.test(data15)){
const err48 = {instancePath:instancePath+"/claims/tenant",schemaPath:"#/definitions/claims/properties/tenant/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_:/.$-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_:/.$-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/claims/tenant",schemaPath:"#/definitions/claims/properties/tenant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data12.roles !== undefined){
let data16 = data12.roles;
if(typeof data16 === "string"){
if(!pattern38.test(data16)){
const err50 = {instancePath:instancePath+"/claims/roles",schemaPath:"#/definitions/claims/properties/roles/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_:/.$-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_:/.$-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/claims/roles",schemaPath:"#/definitions/claims/properties/roles/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data12.scopes !== undefined){
let data17 = data12.scopes;
if(typeof data17 === "string"){
if(!pattern38.test(data17)){
const err52 = {instancePath:instancePath+"/claims/scopes",schemaPath:"#/definitions/claims/properties/scopes/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_:/.$-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_:/.$-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/claims/scopes",schemaPath:"#/definitions/claims/properties/scopes/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/claims",schemaPath:"#/definitions/claims/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://tollgate.dev/schemas/policy.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.version !== undefined){
if(1 !== data.version){
const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.realm !== undefined){
let data1 = data.realm;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err3 = {instancePath:instancePath+"/realm",schemaPath:"#/properties/realm/pattern",keyword:"pattern",params:{pattern: "^[^\"\\\\\\r\\n]{1,128}$"},message:"must match pattern \""+"^[^\"\\\\\\r\\n]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/realm",schemaPath:"#/properties/realm/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.keys !== undefined){
let data2 = data.keys;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(((key1 === "inline") || (key1 === "file")) || (key1 === "redis"))){
const err5 = {instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.inline !== undefined){
let data3 = data2.inline;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.id === undefined){
const err6 = {instancePath:instancePath+"/keys/inline/" + i0,schemaPath:"#/definitions/apiKey/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data4.hash === undefined){
const err7 = {instancePath:instancePath+"/keys/inline/" + i0,schemaPath:"#/definitions/apiKey/required",keyword:"required",params:{missingProperty: "hash"},message:"must have required property '"+"hash"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key2 in data4){
if(!(func2.call(schema12.properties, key2))){
const err8 = {instancePath:instancePath+"/keys/inline/" + i0,schemaPath:"#/definitions/apiKey/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.id !== undefined){
let data5 = data4.id;
if(typeof data5 === "string"){
if(!pattern1.test(data5)){
const err9 = {instancePath:instancePath+"/keys/inline/" + i0+"/id",schemaPath:"#/definitions/apiKey/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]{4,64}$"},message:"must match pattern \""+"^[A-Za-z0-9]{4,64}$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/keys/inline/" + i0+"/id",schemaPath:"#/definitions/apiKey/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.hash !== undefined){
let data6 = data4.hash;
if(typeof data6 === "string"){
if(!pattern2.test(data6)){
const err11 = {instancePath:instancePath+"/keys/inline/" + i0+"/hash",schemaPath:"#/definitions/apiKey/properties/hash/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/keys/inline/" + i0+"/hash",schemaPath:"#/definitions/apiKey/properties/hash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.principal !== undefined){
let data7 = data4.principal;
if(typeof data7 === "string"){
if(func4(data7) > 256){
const err13 = {instancePath:instancePath+"/keys/inline/" + i0+"/principal",schemaPath:"#/definitions/apiKey/properties/principal/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func4(data7) < 1){
const err14 = {instancePath:instancePath+"/keys/inline/" + i0+"/principal",schemaPath:"#/definitions/apiKey/properties/principal/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/keys/inline/" + i0+"/principal",schemaPath:"#/definitions/apiKey/properties/principal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.tenant !== undefined){
let data8 = data4.tenant;
if(typeof data8 === "string"){
if(func4(data8) > 256){
const err16 = {instancePath:instancePath+"/keys/inline/" + i0+"/tenant",schemaPath:"#/definitions/apiKey/properties/tenant/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func4(data8) < 1){
const err17 = {instancePath:instancePath+"/keys/inline/" + i0+"/tenant",schemaPath:"#/definitions/apiKey/properties/tenant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/keys/inline/" + i0+"/tenant",schemaPath:"#/definitions/apiKey/properties/tenant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.roles !== undefined){
let data9 = data4.roles;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(typeof data10 === "string"){
if(func4(data10) < 1){
const err19 = {instancePath:instancePath+"/keys/inline/" + i0+"/roles/" + i1,schemaPath:"#/definitions/apiKey/properties/roles/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/keys/inline/" + i0+"/roles/" + i1,schemaPath:"#/definitions/apiKey/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/keys/inline/" + i0+"/roles",schemaPath:"#/definitions/apiKey/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data4.scopes !== undefined){
let data11 = data4.scopes;
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
if(typeof data12 === "string"){
if(func4(data12) < 1){
const err22 = {instancePath:instancePath+"/keys/inline/" + i0+"/scopes/" + i2,schemaPath:"#/definitions/apiKey/properties/scopes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/keys/inline/" + i0+"/scopes/" + i2,schemaPath:"#/definitions/apiKey/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/keys/inline/" + i0+"/scopes",schemaPath:"#/definitions/apiKey/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data4.expiresAt !== undefined){
let data13 = data4.expiresAt;
if(typeof data13 === "string"){
if(!pattern3.test(data13)){
const err25 = {instancePath:instancePath+"/keys/inline/" + i0+"/expiresAt",schemaPath:"#/definitions/apiKey/properties/expiresAt/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/keys/inline/" + i0+"/expiresAt",schemaPath:"#/definitions/apiKey/properties/expiresAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data4.revoked !== undefined){
if(typeof data4.revoked !== "boolean"){
const err27 = {instancePath:instancePath+"/keys/inline/" + i0+"/revoked",schemaPath:"#/definitions/apiKey/properties/revoked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data4.owner !== undefined){
let data15 = data4.owner;
if(typeof data15 === "string"){
if(func4(data15) > 256){
const err28 = {instancePath:instancePath+"/keys/inline/" + i0+"/owner",schemaPath:"#/definitions/apiKey/properties/owner/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func4(data15) < 1){
const err29 = {instancePath:instancePath+"/keys/inline/" + i0+"/owner",schemaPath:"#/definitions/apiKey/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/keys/inline/" + i0+"/owner",schemaPath:"#/definitions/apiKey/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data4.models !== undefined){
let data16 = data4.models;
if(Array.isArray(data16)){
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
let data17 = data16[i3];
if(typeof data17 === "string"){
if(func4(data17) > 256){
const err31 = {instancePath:instancePath+"/keys/inline/" + i0+"/models/" + i3,schemaPath:"#/definitions/apiKey/properties/models/items/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(func4(data17) < 1){
const err32 = {instancePath:instancePath+"/keys/inline/" + i0+"/models/" + i3,schemaPath:"#/definitions/apiKey/properties/models/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/keys/inline/" + i0+"/models/" + i3,schemaPath:"#/definitions/apiKey/properties/models/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/keys/inline/" + i0+"/models",schemaPath:"#/definitions/apiKey/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data4.limits !== undefined){
let data18 = data4.limits;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key3 in data18){
const _errs42 = errors;
if(typeof key3 === "string"){
if(!pattern4.test(key3)){
const err35 = {instancePath:instancePath+"/keys/inline/" + i0+"/limits",schemaPath:"#/definitions/apiKey/properties/limits/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]{1,64}$"+"\"",propertyName:key3};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
var valid12 = _errs42 === errors;
if(!valid12){
const err36 = {instancePath:instancePath+"/keys/inline/" + i0+"/limits",schemaPath:"#/definitions/apiKey/properties/limits/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
for(const key4 in data18){
let data19 = data18[key4];
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 <= 0 || isNaN(data19)){
const err37 = {instancePath:instancePath+"/keys/inline/" + i0+"/limits/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/apiKey/properties/limits/additionalProperties/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/keys/inline/" + i0+"/limits/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/apiKey/properties/limits/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/keys/inline/" + i0+"/limits",schemaPath:"#/definitions/apiKey/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data4.createdAt !== undefined){
let data20 = data4.createdAt;
if(typeof data20 === "string"){
if(!pattern3.test(data20)){
const err40 = {instancePath:instancePath+"/keys/inline/" + i0+"/createdAt",schemaPath:"#/definitions/apiKey/properties/createdAt/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/keys/inline/" + i0+"/createdAt",schemaPath:"#/definitions/apiKey/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data4.lastUsedAt !== undefined){
let data21 = data4.lastUsedAt;
if(typeof data21 === "string"){
if(!pattern3.test(data21)){
const err42 = {instancePath:instancePath+"/keys/inline/" + i0+"/lastUsedAt",schemaPath:"#/definitions/apiKey/properties/lastUsedAt/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T"+"\""};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/keys/inline/" + i0+"/lastUsedAt",schemaPath:"#/definitions/apiKey/properties/lastUsedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data4.rotatedFrom !== undefined){
let data22 = data4.rotatedFrom;
if(typeof data22 === "string"){
if(!pattern1.test(data22)){
const err44 = {instancePath:instancePath+"/keys/inline/" + i0+"/rotatedFrom",schemaPath:"#/definitions/apiKey/properties/rotatedFrom/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]{4,64}$"},message:"must match pattern \""+"^[A-Za-z0-9]{4,64}$"+"\""};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/keys/inline/" + i0+"/rotatedFrom",schemaPath:"#/definitions/apiKey/properties/rotatedFrom/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/keys/inline/" + i0,schemaPath:"#/definitions/apiKey/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/keys/inline",schemaPath:"#/properties/keys/properties/inline/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data2.file !== undefined){
let data23 = data2.file;
if(typeof data23 === "string"){
if(func4(data23) < 1){
const err48 = {instancePath:instancePath+"/keys/file",schemaPath:"#/properties/keys/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/keys/file",schemaPath:"#/properties/keys/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data2.redis !== undefined){
let data24 = data2.redis;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.url === undefined){
const err50 = {instancePath:instancePath+"/keys/redis",schemaPath:"#/properties/keys/properties/redis/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key5 in data24){
if(!(((key5 === "url") || (key5 === "prefix")) || (key5 === "cacheTtl"))){
const err51 = {instancePath:instancePath+"/keys/redis",schemaPath:"#/properties/keys/properties/redis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data24.url !== undefined){
let data25 = data24.url;
if(typeof data25 === "string"){
if(!pattern8.test(data25)){
const err52 = {instancePath:instancePath+"/keys/redis/url",schemaPath:"#/properties/keys/properties/redis/properties/url/pattern",keyword:"pattern",params:{pattern: "^rediss?://"},message:"must match pattern \""+"^rediss?://"+"\""};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/keys/redis/url",schemaPath:"#/properties/keys/properties/redis/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data24.prefix !== undefined){
let data26 = data24.prefix;
if(typeof data26 === "string"){
if(!pattern9.test(data26)){
const err54 = {instancePath:instancePath+"/keys/redis/prefix",schemaPath:"#/properties/keys/properties/redis/properties/prefix/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9:_.-]{0,64}$"},message:"must match pattern \""+"^[A-Za-z0-9:_.-]{0,64}$"+"\""};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/keys/redis/prefix",schemaPath:"#/properties/keys/properties/redis/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data24.cacheTtl !== undefined){
let data27 = data24.cacheTtl;
const _errs62 = errors;
let valid15 = false;
const _errs63 = errors;
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 <= 0 || isNaN(data27)){
const err56 = {instancePath:instancePath+"/keys/redis/cacheTtl",schemaPath:"#/properties/keys/properties/redis/properties/cacheTtl/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/keys/redis/cacheTtl",schemaPath:"#/properties/keys/properties/redis/properties/cacheTtl/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
var _valid0 = _errs63 === errors;
valid15 = valid15 || _valid0;
if(!valid15){
const _errs65 = errors;
if(typeof data27 === "string"){
if(!pattern10.test(data27)){
const err58 = {instancePath:instancePath+"/keys/redis/cacheTtl",schemaPath:"#/properties/keys/properties/redis/properties/cacheTtl/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"+"\""};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/keys/redis/cacheTtl",schemaPath:"#/properties/keys/properties/redis/properties/cacheTtl/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
var _valid0 = _errs65 === errors;
valid15 = valid15 || _valid0;
}
if(!valid15){
const err60 = {instancePath:instancePath+"/keys/redis/cacheTtl",schemaPath:"#/properties/keys/properties/redis/properties/cacheTtl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
else {
errors = _errs62;
if(vErrors !== null){
if(_errs62){
vErrors.length = _errs62;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err61 = {instancePath:instancePath+"/keys/redis",schemaPath:"#/properties/keys/properties/redis/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.network !== undefined){
let data28 = data.network;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key6 in data28){
if(!(((((((key6 === "trustProxy") || (key6 === "allow")) || (key6 === "deny")) || (key6 === "ipv6Subnet")) || (key6 === "requireHttps")) || (key6 === "hsts")) || (key6 === "authFailureLimit"))){
const err63 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data28.trustProxy !== undefined){
let data29 = data28.trustProxy;
const _errs71 = errors;
let valid17 = false;
const _errs72 = errors;
if(typeof data29 !== "boolean"){
const err64 = {instancePath:instancePath+"/network/trustProxy",schemaPath:"#/properties/network/properties/trustProxy/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
var _valid1 = _errs72 === errors;
valid17 = valid17 || _valid1;
if(!valid17){
const _errs74 = errors;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err65 = {instancePath:instancePath+"/network/trustProxy",schemaPath:"#/properties/network/properties/trustProxy/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 > 32 || isNaN(data29)){
const err66 = {instancePath:instancePath+"/network/trustProxy",schemaPath:"#/properties/network/properties/trustProxy/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 32},message:"must be <= 32"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data29 < 0 || isNaN(data29)){
const err67 = {instancePath:instancePath+"/network/trustProxy",schemaPath:"#/properties/network/properties/trustProxy/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
var _valid1 = _errs74 === errors;
valid17 = valid17 || _valid1;
if(!valid17){
const _errs76 = errors;
if(typeof data29 === "string"){
if(func4(data29) < 1){
const err68 = {instancePath:instancePath+"/network/trustProxy",schemaPath:"#/properties/network/properties/trustProxy/anyOf/2/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/network/trustProxy",schemaPath:"#/properties/network/properties/trustProxy/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
var _valid1 = _errs76 === errors;
valid17 = valid17 || _valid1;
if(!valid17){
const _errs78 = errors;
if(Array.isArray(data29)){
const len4 = data29.length;
for(let i4=0; i4<len4; i4++){
let data30 = data29[i4];
if(typeof data30 === "string"){
if(func4(data30) < 1){
const err70 = {instancePath:instancePath+"/network/trustProxy/" + i4,schemaPath:"#/properties/network/properties/trustProxy/anyOf/3/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/network/trustProxy/" + i4,schemaPath:"#/properties/network/properties/trustProxy/anyOf/3/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/network/trustProxy",schemaPath:"#/properties/network/properties/trustProxy/anyOf/3/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var _valid1 = _errs78 === errors;
valid17 = valid17 || _valid1;
}
}
}
if(!valid17){
const err73 = {instancePath:instancePath+"/network/trustProxy",schemaPath:"#/properties/network/properties/trustProxy/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
else {
errors = _errs71;
if(vErrors !== null){
if(_errs71){
vErrors.length = _errs71;
}
else {
vErrors = null;
}
}
}
}
if(data28.allow !== undefined){
let data31 = data28.allow;
if(Array.isArray(data31)){
const len5 = data31.length;
for(let i5=0; i5<len5; i5++){
let data32 = data31[i5];
if(typeof data32 === "string"){
if(func4(data32) > 64){
const err74 = {instancePath:instancePath+"/network/allow/" + i5,schemaPath:"#/properties/network/properties/allow/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(func4(data32) < 2){
const err75 = {instancePath:instancePath+"/network/allow/" + i5,schemaPath:"#/properties/network/properties/allow/items/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/network/allow/" + i5,schemaPath:"#/properties/network/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/network/allow",schemaPath:"#/properties/network/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data28.deny !== undefined){
let data33 = data28.deny;
if(Array.isArray(data33)){
const len6 = data33.length;
for(let i6=0; i6<len6; i6++){
let data34 = data33[i6];
if(typeof data34 === "string"){
if(func4(data34) > 64){
const err78 = {instancePath:instancePath+"/network/deny/" + i6,schemaPath:"#/properties/network/properties/deny/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(func4(data34) < 2){
const err79 = {instancePath:instancePath+"/network/deny/" + i6,schemaPath:"#/properties/network/properties/deny/items/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/network/deny/" + i6,schemaPath:"#/properties/network/properties/deny/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/network/deny",schemaPath:"#/properties/network/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data28.ipv6Subnet !== undefined){
let data35 = data28.ipv6Subnet;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
const err82 = {instancePath:instancePath+"/network/ipv6Subnet",schemaPath:"#/properties/network/properties/ipv6Subnet/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 > 128 || isNaN(data35)){
const err83 = {instancePath:instancePath+"/network/ipv6Subnet",schemaPath:"#/properties/network/properties/ipv6Subnet/maximum",keyword:"maximum",params:{comparison: "<=", limit: 128},message:"must be <= 128"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data35 < 1 || isNaN(data35)){
const err84 = {instancePath:instancePath+"/network/ipv6Subnet",schemaPath:"#/properties/network/properties/ipv6Subnet/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
if(data28.requireHttps !== undefined){
let data36 = data28.requireHttps;
const _errs93 = errors;
let valid24 = false;
const _errs94 = errors;
if(typeof data36 !== "boolean"){
const err85 = {instancePath:instancePath+"/network/requireHttps",schemaPath:"#/properties/network/properties/requireHttps/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
var _valid2 = _errs94 === errors;
valid24 = valid24 || _valid2;
if(!valid24){
const _errs96 = errors;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
for(const key7 in data36){
if(!(((key7 === "action") || (key7 === "rejectStatus")) || (key7 === "redirectHost"))){
const err86 = {instancePath:instancePath+"/network/requireHttps",schemaPath:"#/properties/network/properties/requireHttps/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data36.action !== undefined){
let data37 = data36.action;
if(!((data37 === "reject") || (data37 === "redirect"))){
const err87 = {instancePath:instancePath+"/network/requireHttps/action",schemaPath:"#/properties/network/properties/requireHttps/anyOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.network.properties.requireHttps.anyOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data36.rejectStatus !== undefined){
let data38 = data36.rejectStatus;
if(!((data38 === 400) || (data38 === 403))){
const err88 = {instancePath:instancePath+"/network/requireHttps/rejectStatus",schemaPath:"#/properties/network/properties/requireHttps/anyOf/1/properties/rejectStatus/enum",keyword:"enum",params:{allowedValues: schema11.properties.network.properties.requireHttps.anyOf[1].properties.rejectStatus.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data36.redirectHost !== undefined){
let data39 = data36.redirectHost;
if(typeof data39 === "string"){
if(!pattern11.test(data39)){
const err89 = {instancePath:instancePath+"/network/requireHttps/redirectHost",schemaPath:"#/properties/network/properties/requireHttps/anyOf/1/properties/redirectHost/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?$"},message:"must match pattern \""+"^[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?$"+"\""};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/network/requireHttps/redirectHost",schemaPath:"#/properties/network/properties/requireHttps/anyOf/1/properties/redirectHost/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/network/requireHttps",schemaPath:"#/properties/network/properties/requireHttps/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
var _valid2 = _errs96 === errors;
valid24 = valid24 || _valid2;
}
if(!valid24){
const err92 = {instancePath:instancePath+"/network/requireHttps",schemaPath:"#/properties/network/properties/requireHttps/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
else {
errors = _errs93;
if(vErrors !== null){
if(_errs93){
vErrors.length = _errs93;
}
else {
vErrors = null;
}
}
}
}
if(data28.hsts !== undefined){
let data40 = data28.hsts;
const _errs104 = errors;
let valid26 = false;
const _errs105 = errors;
if(typeof data40 !== "boolean"){
const err93 = {instancePath:instancePath+"/network/hsts",schemaPath:"#/properties/network/properties/hsts/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
var _valid3 = _errs105 === errors;
valid26 = valid26 || _valid3;
if(!valid26){
const _errs107 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
for(const key8 in data40){
if(!(((key8 === "maxAge") || (key8 === "includeSubDomains")) || (key8 === "preload"))){
const err94 = {instancePath:instancePath+"/network/hsts",schemaPath:"#/properties/network/properties/hsts/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data40.maxAge !== undefined){
let data41 = data40.maxAge;
const _errs111 = errors;
let valid28 = false;
const _errs112 = errors;
if((typeof data41 == "number") && (isFinite(data41))){
if(data41 <= 0 || isNaN(data41)){
const err95 = {instancePath:instancePath+"/network/hsts/maxAge",schemaPath:"#/properties/network/properties/hsts/anyOf/1/properties/maxAge/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/network/hsts/maxAge",schemaPath:"#/properties/network/properties/hsts/anyOf/1/properties/maxAge/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
var _valid4 = _errs112 === errors;
valid28 = valid28 || _valid4;
if(!valid28){
const _errs114 = errors;
if(typeof data41 === "string"){
if(!pattern10.test(data41)){
const err97 = {instancePath:instancePath+"/network/hsts/maxAge",schemaPath:"#/properties/network/properties/hsts/anyOf/1/properties/maxAge/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"+"\""};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/network/hsts/maxAge",schemaPath:"#/properties/network/properties/hsts/anyOf/1/properties/maxAge/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
var _valid4 = _errs114 === errors;
valid28 = valid28 || _valid4;
}
if(!valid28){
const err99 = {instancePath:instancePath+"/network/hsts/maxAge",schemaPath:"#/properties/network/properties/hsts/anyOf/1/properties/maxAge/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
else {
errors = _errs111;
if(vErrors !== null){
if(_errs111){
vErrors.length = _errs111;
}
else {
vErrors = null;
}
}
}
}
if(data40.includeSubDomains !== undefined){
if(typeof data40.includeSubDomains !== "boolean"){
const err100 = {instancePath:instancePath+"/network/hsts/includeSubDomains",schemaPath:"#/properties/network/properties/hsts/anyOf/1/properties/includeSubDomains/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data40.preload !== undefined){
if(typeof data40.preload !== "boolean"){
const err101 = {instancePath:instancePath+"/network/hsts/preload",schemaPath:"#/properties/network/properties/hsts/anyOf/1/properties/preload/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
else {
const err102 = {instancePath:instancePath+"/network/hsts",schemaPath:"#/properties/network/properties/hsts/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
var _valid3 = _errs107 === errors;
valid26 = valid26 || _valid3;
}
if(!valid26){
const err103 = {instancePath:instancePath+"/network/hsts",schemaPath:"#/properties/network/properties/hsts/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
else {
errors = _errs104;
if(vErrors !== null){
if(_errs104){
vErrors.length = _errs104;
}
else {
vErrors = null;
}
}
}
}
if(data28.authFailureLimit !== undefined){
let data44 = data28.authFailureLimit;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.attempts === undefined){
const err104 = {instancePath:instancePath+"/network/authFailureLimit",schemaPath:"#/properties/network/properties/authFailureLimit/required",keyword:"required",params:{missingProperty: "attempts"},message:"must have required property '"+"attempts"+"'"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data44.window === undefined){
const err105 = {instancePath:instancePath+"/network/authFailureLimit",schemaPath:"#/properties/network/properties/authFailureLimit/required",keyword:"required",params:{missingProperty: "window"},message:"must have required property '"+"window"+"'"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
for(const key9 in data44){
if(!((key9 === "attempts") || (key9 === "window"))){
const err106 = {instancePath:instancePath+"/network/authFailureLimit",schemaPath:"#/properties/network/properties/authFailureLimit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data44.attempts !== undefined){
let data45 = data44.attempts;
if(!(((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45))) && (isFinite(data45)))){
const err107 = {instancePath:instancePath+"/network/authFailureLimit/attempts",schemaPath:"#/properties/network/properties/authFailureLimit/properties/attempts/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if((typeof data45 == "number") && (isFinite(data45))){
if(data45 < 1 || isNaN(data45)){
const err108 = {instancePath:instancePath+"/network/authFailureLimit/attempts",schemaPath:"#/properties/network/properties/authFailureLimit/properties/attempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
if(data44.window !== undefined){
let data46 = data44.window;
const _errs126 = errors;
let valid30 = false;
const _errs127 = errors;
if((typeof data46 == "number") && (isFinite(data46))){
if(data46 <= 0 || isNaN(data46)){
const err109 = {instancePath:instancePath+"/network/authFailureLimit/window",schemaPath:"#/properties/network/properties/authFailureLimit/properties/window/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/network/authFailureLimit/window",schemaPath:"#/properties/network/properties/authFailureLimit/properties/window/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid5 = _errs127 === errors;
valid30 = valid30 || _valid5;
if(!valid30){
const _errs129 = errors;
if(typeof data46 === "string"){
if(!pattern10.test(data46)){
const err111 = {instancePath:instancePath+"/network/authFailureLimit/window",schemaPath:"#/properties/network/properties/authFailureLimit/properties/window/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"+"\""};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/network/authFailureLimit/window",schemaPath:"#/properties/network/properties/authFailureLimit/properties/window/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
var _valid5 = _errs129 === errors;
valid30 = valid30 || _valid5;
}
if(!valid30){
const err113 = {instancePath:instancePath+"/network/authFailureLimit/window",schemaPath:"#/properties/network/properties/authFailureLimit/properties/window/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
else {
errors = _errs126;
if(vErrors !== null){
if(_errs126){
vErrors.length = _errs126;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err114 = {instancePath:instancePath+"/network/authFailureLimit",schemaPath:"#/properties/network/properties/authFailureLimit/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
else {
const err115 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data.defaults !== undefined){
if(!(validate11(data.defaults, {instancePath:instancePath+"/defaults",parentData:data,parentDataProperty:"defaults",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.routes !== undefined){
let data48 = data.routes;
if(Array.isArray(data48)){
const len7 = data48.length;
for(let i7=0; i7<len7; i7++){
if(!(validate19(data48[i7], {instancePath:instancePath+"/routes/" + i7,parentData:data48,parentDataProperty:i7,rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
}
else {
const err116 = {instancePath:instancePath+"/routes",schemaPath:"#/properties/routes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data.audit !== undefined){
let data50 = data.audit;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
for(const key10 in data50){
if(!(key10 === "level")){
const err117 = {instancePath:instancePath+"/audit",schemaPath:"#/properties/audit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data50.level !== undefined){
let data51 = data50.level;
if(!((((data51 === "error") || (data51 === "warn")) || (data51 === "info")) || (data51 === "debug"))){
const err118 = {instancePath:instancePath+"/audit/level",schemaPath:"#/properties/audit/properties/level/enum",keyword:"enum",params:{allowedValues: schema11.properties.audit.properties.level.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/audit",schemaPath:"#/properties/audit/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data.jwt !== undefined){
if(!(validate24(data.jwt, {instancePath:instancePath+"/jwt",parentData:data,parentDataProperty:"jwt",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.introspection !== undefined){
if(!(validate26(data.introspection, {instancePath:instancePath+"/introspection",parentData:data,parentDataProperty:"introspection",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.roles !== undefined){
let data54 = data.roles;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
for(const key11 in data54){
const _errs144 = errors;
if(typeof key11 === "string"){
if(!pattern54.test(key11)){
const err120 = {instancePath:instancePath+"/roles",schemaPath:"#/definitions/roles/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^\\s]{1,128}$"},message:"must match pattern \""+"^[^\\s]{1,128}$"+"\"",propertyName:key11};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
var valid35 = _errs144 === errors;
if(!valid35){
const err121 = {instancePath:instancePath+"/roles",schemaPath:"#/definitions/roles/propertyNames",keyword:"propertyNames",params:{propertyName: key11},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
for(const key12 in data54){
let data55 = data54[key12];
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
for(const key13 in data55){
if(!(key13 === "models")){
const err122 = {instancePath:instancePath+"/roles/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/roles/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data55.models !== undefined){
let data56 = data55.models;
if(Array.isArray(data56)){
const len8 = data56.length;
for(let i8=0; i8<len8; i8++){
let data57 = data56[i8];
if(typeof data57 === "string"){
if(func4(data57) > 256){
const err123 = {instancePath:instancePath+"/roles/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/models/" + i8,schemaPath:"#/definitions/roles/additionalProperties/properties/models/items/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(func4(data57) < 1){
const err124 = {instancePath:instancePath+"/roles/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/models/" + i8,schemaPath:"#/definitions/roles/additionalProperties/properties/models/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
else {
const err125 = {instancePath:instancePath+"/roles/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/models/" + i8,schemaPath:"#/definitions/roles/additionalProperties/properties/models/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
else {
const err126 = {instancePath:instancePath+"/roles/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/models",schemaPath:"#/definitions/roles/additionalProperties/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
else {
const err127 = {instancePath:instancePath+"/roles/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/roles/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/roles",schemaPath:"#/definitions/roles/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
else {
const err129 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const apiKey = validate28;

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.hash === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hash"},message:"must have required property '"+"hash"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema12.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern1.test(data0)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]{4,64}$"},message:"must match pattern \""+"^[A-Za-z0-9]{4,64}$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.hash !== undefined){
let data1 = data.hash;
if(typeof data1 === "string"){
if(!pattern2.test(data1)){
const err5 = {instancePath:instancePath+"/hash",schemaPath:"#/properties/hash/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/hash",schemaPath:"#/properties/hash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.principal !== undefined){
let data2 = data.principal;
if(typeof data2 === "string"){
if(func4(data2) > 256){
const err7 = {instancePath:instancePath+"/principal",schemaPath:"#/properties/principal/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func4(data2) < 1){
const err8 = {instancePath:instancePath+"/principal",schemaPath:"#/properties/principal/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/principal",schemaPath:"#/properties/principal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.tenant !== undefined){
let data3 = data.tenant;
if(typeof data3 === "string"){
if(func4(data3) > 256){
const err10 = {instancePath:instancePath+"/tenant",schemaPath:"#/properties/tenant/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func4(data3) < 1){
const err11 = {instancePath:instancePath+"/tenant",schemaPath:"#/properties/tenant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/tenant",schemaPath:"#/properties/tenant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.roles !== undefined){
let data4 = data.roles;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func4(data5) < 1){
const err13 = {instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.scopes !== undefined){
let data6 = data.scopes;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(typeof data7 === "string"){
if(func4(data7) < 1){
const err16 = {instancePath:instancePath+"/scopes/" + i1,schemaPath:"#/properties/scopes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/scopes/" + i1,schemaPath:"#/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.expiresAt !== undefined){
let data8 = data.expiresAt;
if(typeof data8 === "string"){
if(!pattern3.test(data8)){
const err19 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/properties/expiresAt/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/properties/expiresAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.revoked !== undefined){
if(typeof data.revoked !== "boolean"){
const err21 = {instancePath:instancePath+"/revoked",schemaPath:"#/properties/revoked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.owner !== undefined){
let data10 = data.owner;
if(typeof data10 === "string"){
if(func4(data10) > 256){
const err22 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func4(data10) < 1){
const err23 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.models !== undefined){
let data11 = data.models;
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
if(typeof data12 === "string"){
if(func4(data12) > 256){
const err25 = {instancePath:instancePath+"/models/" + i2,schemaPath:"#/properties/models/items/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func4(data12) < 1){
const err26 = {instancePath:instancePath+"/models/" + i2,schemaPath:"#/properties/models/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/models/" + i2,schemaPath:"#/properties/models/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.limits !== undefined){
let data13 = data.limits;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key1 in data13){
const _errs30 = errors;
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err29 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]{1,64}$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
var valid7 = _errs30 === errors;
if(!valid7){
const err30 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
for(const key2 in data13){
let data14 = data13[key2];
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 <= 0 || isNaN(data14)){
const err31 = {instancePath:instancePath+"/limits/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/limits/additionalProperties/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/limits/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/limits/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.createdAt !== undefined){
let data15 = data.createdAt;
if(typeof data15 === "string"){
if(!pattern3.test(data15)){
const err34 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.lastUsedAt !== undefined){
let data16 = data.lastUsedAt;
if(typeof data16 === "string"){
if(!pattern3.test(data16)){
const err36 = {instancePath:instancePath+"/lastUsedAt",schemaPath:"#/properties/lastUsedAt/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/lastUsedAt",schemaPath:"#/properties/lastUsedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.rotatedFrom !== undefined){
let data17 = data.rotatedFrom;
if(typeof data17 === "string"){
if(!pattern1.test(data17)){
const err38 = {instancePath:instancePath+"/rotatedFrom",schemaPath:"#/properties/rotatedFrom/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]{4,64}$"},message:"must match pattern \""+"^[A-Za-z0-9]{4,64}$"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/rotatedFrom",schemaPath:"#/properties/rotatedFrom/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}

export const auth = validate29;

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(false !== data){
const err0 = {instancePath,schemaPath:"#/anyOf/0/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "methods") || (key0 === "scopes")) || (key0 === "roles")) || (key0 === "optional")) || (key0 === "apiKeyHeader")) || (key0 === "mode"))){
const err1 = {instancePath,schemaPath:"#/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.methods !== undefined){
let data0 = data.methods;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/methods",schemaPath:"#/anyOf/1/properties/methods/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!(((data1 === "apiKey") || (data1 === "jwt")) || (data1 === "introspection"))){
const err3 = {instancePath:instancePath+"/methods/" + i0,schemaPath:"#/anyOf/1/properties/methods/items/enum",keyword:"enum",params:{allowedValues: schema14.anyOf[1].properties.methods.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data0[i1], data0[j0])){
const err4 = {instancePath:instancePath+"/methods",schemaPath:"#/anyOf/1/properties/methods/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/methods",schemaPath:"#/anyOf/1/properties/methods/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.scopes !== undefined){
let data2 = data.scopes;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/scopes",schemaPath:"#/definitions/scopeList/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len1 = data2.length;
for(let i2=0; i2<len1; i2++){
let data3 = data2[i2];
if(typeof data3 === "string"){
if(!pattern14.test(data3)){
const err7 = {instancePath:instancePath+"/scopes/" + i2,schemaPath:"#/definitions/scopeList/items/pattern",keyword:"pattern",params:{pattern: "^[\\x21\\x23-\\x5b\\x5d-\\x7e]{1,128}$"},message:"must match pattern \""+"^[\\x21\\x23-\\x5b\\x5d-\\x7e]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/scopes/" + i2,schemaPath:"#/definitions/scopeList/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
let i3 = data2.length;
let j1;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data2[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
const err9 = {instancePath:instancePath+"/scopes",schemaPath:"#/definitions/scopeList/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err10 = {instancePath:instancePath+"/scopes",schemaPath:"#/definitions/scopeList/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.roles !== undefined){
let data4 = data.roles;
if(Array.isArray(data4)){
if(data4.length < 1){
const err11 = {instancePath:instancePath+"/roles",schemaPath:"#/definitions/scopeList/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len2 = data4.length;
for(let i4=0; i4<len2; i4++){
let data5 = data4[i4];
if(typeof data5 === "string"){
if(!pattern14.test(data5)){
const err12 = {instancePath:instancePath+"/roles/" + i4,schemaPath:"#/definitions/scopeList/items/pattern",keyword:"pattern",params:{pattern: "^[\\x21\\x23-\\x5b\\x5d-\\x7e]{1,128}$"},message:"must match pattern \""+"^[\\x21\\x23-\\x5b\\x5d-\\x7e]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/roles/" + i4,schemaPath:"#/definitions/scopeList/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
let i5 = data4.length;
let j2;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data4[i5];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j2 = indices1[item1];
const err14 = {instancePath:instancePath+"/roles",schemaPath:"#/definitions/scopeList/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err15 = {instancePath:instancePath+"/roles",schemaPath:"#/definitions/scopeList/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.optional !== undefined){
if(typeof data.optional !== "boolean"){
const err16 = {instancePath:instancePath+"/optional",schemaPath:"#/anyOf/1/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.apiKeyHeader !== undefined){
let data7 = data.apiKeyHeader;
if(typeof data7 === "string"){
if(!pattern16.test(data7)){
const err17 = {instancePath:instancePath+"/apiKeyHeader",schemaPath:"#/anyOf/1/properties/apiKeyHeader/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9-]{1,64}$"},message:"must match pattern \""+"^[a-zA-Z0-9-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/apiKeyHeader",schemaPath:"#/anyOf/1/properties/apiKeyHeader/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.mode !== undefined){
let data8 = data.mode;
if(!((data8 === "enforce") || (data8 === "monitor"))){
const err19 = {instancePath:instancePath+"/mode",schemaPath:"#/anyOf/1/properties/mode/enum",keyword:"enum",params:{allowedValues: schema14.anyOf[1].properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err21 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate29.errors = vErrors;
return errors === 0;
}

export const limits = validate30;

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs5 = errors;
let valid4 = false;
let passing0 = null;
const _errs6 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.requests === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/0/oneOf/0/required",keyword:"required",params:{missingProperty: "requests"},message:"must have required property '"+"requests"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/0/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs6 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs8 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.tokens === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/0/oneOf/1/required",keyword:"required",params:{missingProperty: "tokens"},message:"must have required property '"+"tokens"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/0/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
const _errs10 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.usd === undefined){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/0/oneOf/2/required",keyword:"required",params:{missingProperty: "usd"},message:"must have required property '"+"usd"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/0/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid4 = true;
passing0 = 2;
}
const _errs12 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.concurrency === undefined){
const err6 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/0/oneOf/3/required",keyword:"required",params:{missingProperty: "concurrency"},message:"must have required property '"+"concurrency"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/0/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid4 = true;
passing0 = 3;
}
}
}
}
if(!valid4){
const err8 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/0/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
const _errs15 = errors;
let valid5 = true;
const _errs16 = errors;
if(errors === _errs16){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing0;
if((data0.concurrency === undefined) && (missing0 = "concurrency")){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid1 = _errs16 === errors;
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid1){
const _errs18 = errors;
const _errs19 = errors;
const _errs20 = errors;
const _errs21 = errors;
let valid7 = false;
const _errs22 = errors;
if(errors === _errs22){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.window === undefined) && (missing1 = "window")){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid2 = _errs22 === errors;
valid7 = valid7 || _valid2;
if(!valid7){
const _errs24 = errors;
if(errors === _errs24){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing2;
if((data0.calendar === undefined) && (missing2 = "calendar")){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid2 = _errs24 === errors;
valid7 = valid7 || _valid2;
if(!valid7){
const _errs26 = errors;
if(errors === _errs26){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing3;
if((data0.algorithm === undefined) && (missing3 = "algorithm")){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var _valid2 = _errs26 === errors;
valid7 = valid7 || _valid2;
}
}
if(!valid7){
const err17 = {};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
var valid6 = _errs20 === errors;
if(valid6){
const err18 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/1/then/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
var _valid1 = _errs18 === errors;
valid5 = _valid1;
ifClause0 = "then";
}
else {
const _errs28 = errors;
const _errs29 = errors;
let valid8 = false;
let passing1 = null;
const _errs30 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.window === undefined){
const err19 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/1/else/oneOf/0/required",keyword:"required",params:{missingProperty: "window"},message:"must have required property '"+"window"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/1/else/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid3 = _errs30 === errors;
if(_valid3){
valid8 = true;
passing1 = 0;
}
const _errs32 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.calendar === undefined){
const err21 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/1/else/oneOf/1/required",keyword:"required",params:{missingProperty: "calendar"},message:"must have required property '"+"calendar"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/1/else/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid3 = _errs32 === errors;
if(_valid3 && valid8){
valid8 = false;
passing1 = [passing1, 1];
}
else {
if(_valid3){
valid8 = true;
passing1 = 1;
}
}
if(!valid8){
const err23 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/1/else/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
var _valid1 = _errs28 === errors;
valid5 = _valid1;
ifClause0 = "else";
}
if(!valid5){
const err24 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/1/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const _errs35 = errors;
let valid9 = true;
const _errs36 = errors;
if(errors === _errs36){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing4;
if((data0.calendar === undefined) && (missing4 = "calendar")){
const err25 = {};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var _valid4 = _errs36 === errors;
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs38 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.algorithm !== undefined){
if("fixed" !== data0.algorithm){
const err27 = {instancePath:instancePath+"/" + i0+"/algorithm",schemaPath:"#/definitions/limit/allOf/2/then/properties/algorithm/const",keyword:"const",params:{allowedValue: "fixed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/2/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid4 = _errs38 === errors;
valid9 = _valid4;
}
if(!valid9){
const err29 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.name === undefined){
const err30 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key0 in data0){
if(!(func2.call(schema18.properties, key0))){
const err31 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data0.name !== undefined){
let data2 = data0.name;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err32 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/definitions/limit/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/definitions/limit/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data0.requests !== undefined){
let data3 = data0.requests;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err34 = {instancePath:instancePath+"/" + i0+"/requests",schemaPath:"#/definitions/limit/properties/requests/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err35 = {instancePath:instancePath+"/" + i0+"/requests",schemaPath:"#/definitions/limit/properties/requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
if(data0.tokens !== undefined){
let data4 = data0.tokens;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err36 = {instancePath:instancePath+"/" + i0+"/tokens",schemaPath:"#/definitions/limit/properties/tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err37 = {instancePath:instancePath+"/" + i0+"/tokens",schemaPath:"#/definitions/limit/properties/tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data0.usd !== undefined){
let data5 = data0.usd;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 <= 0 || isNaN(data5)){
const err38 = {instancePath:instancePath+"/" + i0+"/usd",schemaPath:"#/definitions/limit/properties/usd/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/" + i0+"/usd",schemaPath:"#/definitions/limit/properties/usd/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data0.concurrency !== undefined){
let data6 = data0.concurrency;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err40 = {instancePath:instancePath+"/" + i0+"/concurrency",schemaPath:"#/definitions/limit/properties/concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err41 = {instancePath:instancePath+"/" + i0+"/concurrency",schemaPath:"#/definitions/limit/properties/concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
if(data0.window !== undefined){
let data7 = data0.window;
const _errs53 = errors;
let valid12 = false;
const _errs54 = errors;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 <= 0 || isNaN(data7)){
const err42 = {instancePath:instancePath+"/" + i0+"/window",schemaPath:"#/definitions/limit/properties/window/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/" + i0+"/window",schemaPath:"#/definitions/limit/properties/window/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid5 = _errs54 === errors;
valid12 = valid12 || _valid5;
if(!valid12){
const _errs56 = errors;
if(typeof data7 === "string"){
if(!pattern10.test(data7)){
const err44 = {instancePath:instancePath+"/" + i0+"/window",schemaPath:"#/definitions/limit/properties/window/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"+"\""};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/" + i0+"/window",schemaPath:"#/definitions/limit/properties/window/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid5 = _errs56 === errors;
valid12 = valid12 || _valid5;
}
if(!valid12){
const err46 = {instancePath:instancePath+"/" + i0+"/window",schemaPath:"#/definitions/limit/properties/window/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
else {
errors = _errs53;
if(vErrors !== null){
if(_errs53){
vErrors.length = _errs53;
}
else {
vErrors = null;
}
}
}
}
if(data0.algorithm !== undefined){
let data8 = data0.algorithm;
if(!(((data8 === "fixed") || (data8 === "sliding")) || (data8 === "bucket"))){
const err47 = {instancePath:instancePath+"/" + i0+"/algorithm",schemaPath:"#/definitions/limit/properties/algorithm/enum",keyword:"enum",params:{allowedValues: schema18.properties.algorithm.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data0.calendar !== undefined){
let data9 = data0.calendar;
if(!((((data9 === "hour") || (data9 === "day")) || (data9 === "week")) || (data9 === "month"))){
const err48 = {instancePath:instancePath+"/" + i0+"/calendar",schemaPath:"#/definitions/limit/properties/calendar/enum",keyword:"enum",params:{allowedValues: schema18.properties.calendar.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data0.timeZone !== undefined){
let data10 = data0.timeZone;
if(typeof data10 === "string"){
if(func4(data10) > 64){
const err49 = {instancePath:instancePath+"/" + i0+"/timeZone",schemaPath:"#/definitions/limit/properties/timeZone/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(func4(data10) < 1){
const err50 = {instancePath:instancePath+"/" + i0+"/timeZone",schemaPath:"#/definitions/limit/properties/timeZone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/" + i0+"/timeZone",schemaPath:"#/definitions/limit/properties/timeZone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data0.by !== undefined){
let data11 = data0.by;
if(Array.isArray(data11)){
if(data11.length < 1){
const err52 = {instancePath:instancePath+"/" + i0+"/by",schemaPath:"#/definitions/limit/properties/by/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
if(!((((((data12 === "principal") || (data12 === "tenant")) || (data12 === "apiKey")) || (data12 === "ip")) || (data12 === "route")) || (data12 === "model"))){
const err53 = {instancePath:instancePath+"/" + i0+"/by/" + i1,schemaPath:"#/definitions/limit/properties/by/items/enum",keyword:"enum",params:{allowedValues: schema18.properties.by.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
let i2 = data11.length;
let j0;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func0(data11[i2], data11[j0])){
const err54 = {instancePath:instancePath+"/" + i0+"/by",schemaPath:"#/definitions/limit/properties/by/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err55 = {instancePath:instancePath+"/" + i0+"/by",schemaPath:"#/definitions/limit/properties/by/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data0.mode !== undefined){
let data13 = data0.mode;
if(!((data13 === "enforce") || (data13 === "monitor"))){
const err56 = {instancePath:instancePath+"/" + i0+"/mode",schemaPath:"#/definitions/limit/properties/mode/enum",keyword:"enum",params:{allowedValues: schema18.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data0.throttle !== undefined){
let data14 = data0.throttle;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.maxDelay === undefined){
const err57 = {instancePath:instancePath+"/" + i0+"/throttle",schemaPath:"#/definitions/limit/properties/throttle/required",keyword:"required",params:{missingProperty: "maxDelay"},message:"must have required property '"+"maxDelay"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key1 in data14){
if(!(key1 === "maxDelay")){
const err58 = {instancePath:instancePath+"/" + i0+"/throttle",schemaPath:"#/definitions/limit/properties/throttle/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data14.maxDelay !== undefined){
let data15 = data14.maxDelay;
const _errs70 = errors;
let valid17 = false;
const _errs71 = errors;
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 <= 0 || isNaN(data15)){
const err59 = {instancePath:instancePath+"/" + i0+"/throttle/maxDelay",schemaPath:"#/definitions/limit/properties/throttle/properties/maxDelay/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/" + i0+"/throttle/maxDelay",schemaPath:"#/definitions/limit/properties/throttle/properties/maxDelay/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid6 = _errs71 === errors;
valid17 = valid17 || _valid6;
if(!valid17){
const _errs73 = errors;
if(typeof data15 === "string"){
if(!pattern10.test(data15)){
const err61 = {instancePath:instancePath+"/" + i0+"/throttle/maxDelay",schemaPath:"#/definitions/limit/properties/throttle/properties/maxDelay/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$"+"\""};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/" + i0+"/throttle/maxDelay",schemaPath:"#/definitions/limit/properties/throttle/properties/maxDelay/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var _valid6 = _errs73 === errors;
valid17 = valid17 || _valid6;
}
if(!valid17){
const err63 = {instancePath:instancePath+"/" + i0+"/throttle/maxDelay",schemaPath:"#/definitions/limit/properties/throttle/properties/maxDelay/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
else {
errors = _errs70;
if(vErrors !== null){
if(_errs70){
vErrors.length = _errs70;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err64 = {instancePath:instancePath+"/" + i0+"/throttle",schemaPath:"#/definitions/limit/properties/throttle/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data0.store !== undefined){
let data16 = data0.store;
if(!((data16 === "memory") || (data16 === "redis"))){
const err65 = {instancePath:instancePath+"/" + i0+"/store",schemaPath:"#/definitions/limit/properties/store/enum",keyword:"enum",params:{allowedValues: schema18.properties.store.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data0.failMode !== undefined){
let data17 = data0.failMode;
if(!(((data17 === "closed") || (data17 === "open")) || (data17 === "local"))){
const err66 = {instancePath:instancePath+"/" + i0+"/failMode",schemaPath:"#/definitions/limit/properties/failMode/enum",keyword:"enum",params:{allowedValues: schema18.properties.failMode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data0.overrides !== undefined){
let data18 = data0.overrides;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key2 in data18){
if(!(key2 === "roles")){
const err67 = {instancePath:instancePath+"/" + i0+"/overrides",schemaPath:"#/definitions/limit/properties/overrides/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data18.roles !== undefined){
let data19 = data18.roles;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key3 in data19){
let data20 = data19[key3];
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err68 = {instancePath:instancePath+"/" + i0+"/overrides/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/limit/properties/overrides/properties/roles/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/" + i0+"/overrides/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/limit/properties/overrides/properties/roles/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/" + i0+"/overrides/roles",schemaPath:"#/definitions/limit/properties/overrides/properties/roles/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/" + i0+"/overrides",schemaPath:"#/definitions/limit/properties/overrides/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data0.prices !== undefined){
let data21 = data0.prices;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key4 in data21){
let data22 = data21[key4];
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.input === undefined){
const err72 = {instancePath:instancePath+"/" + i0+"/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/limit/properties/prices/additionalProperties/required",keyword:"required",params:{missingProperty: "input"},message:"must have required property '"+"input"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data22.output === undefined){
const err73 = {instancePath:instancePath+"/" + i0+"/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/limit/properties/prices/additionalProperties/required",keyword:"required",params:{missingProperty: "output"},message:"must have required property '"+"output"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
for(const key5 in data22){
if(!(((key5 === "input") || (key5 === "output")) || (key5 === "cached"))){
const err74 = {instancePath:instancePath+"/" + i0+"/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/limit/properties/prices/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data22.input !== undefined){
let data23 = data22.input;
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 0 || isNaN(data23)){
const err75 = {instancePath:instancePath+"/" + i0+"/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/input",schemaPath:"#/definitions/limit/properties/prices/additionalProperties/properties/input/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/" + i0+"/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/input",schemaPath:"#/definitions/limit/properties/prices/additionalProperties/properties/input/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data22.output !== undefined){
let data24 = data22.output;
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
const err77 = {instancePath:instancePath+"/" + i0+"/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/output",schemaPath:"#/definitions/limit/properties/prices/additionalProperties/properties/output/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/" + i0+"/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/output",schemaPath:"#/definitions/limit/properties/prices/additionalProperties/properties/output/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data22.cached !== undefined){
let data25 = data22.cached;
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 0 || isNaN(data25)){
const err79 = {instancePath:instancePath+"/" + i0+"/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/cached",schemaPath:"#/definitions/limit/properties/prices/additionalProperties/properties/cached/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/" + i0+"/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/cached",schemaPath:"#/definitions/limit/properties/prices/additionalProperties/properties/cached/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/" + i0+"/prices/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/limit/properties/prices/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/" + i0+"/prices",schemaPath:"#/definitions/limit/properties/prices/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data0.defaultMaxTokens !== undefined){
let data26 = data0.defaultMaxTokens;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err83 = {instancePath:instancePath+"/" + i0+"/defaultMaxTokens",schemaPath:"#/definitions/limit/properties/defaultMaxTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 1 || isNaN(data26)){
const err84 = {instancePath:instancePath+"/" + i0+"/defaultMaxTokens",schemaPath:"#/definitions/limit/properties/defaultMaxTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
}
else {
const err85 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/limit/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}

export const validate = validate31;

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(false !== data){
const err0 = {instancePath,schemaPath:"#/anyOf/0/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "schema") || (key0 === "maxBodyBytes")) || (key0 === "maxDepth")) || (key0 === "encodings")) || (key0 === "constraints")) || (key0 === "guards")) || (key0 === "mode"))){
const err1 = {instancePath,schemaPath:"#/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.schema !== undefined){
let data0 = data.schema;
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(typeof data0 === "string"){
if(func4(data0) < 1){
const err2 = {instancePath:instancePath+"/schema",schemaPath:"#/anyOf/1/properties/schema/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/schema",schemaPath:"#/anyOf/1/properties/schema/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs7 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs9 = errors;
if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){
const err4 = {instancePath:instancePath+"/schema",schemaPath:"#/anyOf/1/properties/schema/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs9 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
const err5 = {instancePath:instancePath+"/schema",schemaPath:"#/anyOf/1/properties/schema/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data.maxBodyBytes !== undefined){
let data1 = data.maxBodyBytes;
const _errs12 = errors;
let valid3 = false;
const _errs13 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/maxBodyBytes",schemaPath:"#/anyOf/1/properties/maxBodyBytes/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/maxBodyBytes",schemaPath:"#/anyOf/1/properties/maxBodyBytes/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid2 = _errs13 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs15 = errors;
if(typeof data1 === "string"){
if(!pattern20.test(data1)){
const err8 = {instancePath:instancePath+"/maxBodyBytes",schemaPath:"#/anyOf/1/properties/maxBodyBytes/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(b|kb|mb|gb)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(b|kb|mb|gb)$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/maxBodyBytes",schemaPath:"#/anyOf/1/properties/maxBodyBytes/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid2 = _errs15 === errors;
valid3 = valid3 || _valid2;
}
if(!valid3){
const err10 = {instancePath:instancePath+"/maxBodyBytes",schemaPath:"#/anyOf/1/properties/maxBodyBytes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.maxDepth !== undefined){
let data2 = data.maxDepth;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err11 = {instancePath:instancePath+"/maxDepth",schemaPath:"#/anyOf/1/properties/maxDepth/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/maxDepth",schemaPath:"#/anyOf/1/properties/maxDepth/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/maxDepth",schemaPath:"#/anyOf/1/properties/maxDepth/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.encodings !== undefined){
let data3 = data.encodings;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(!(((data4 === "gzip") || (data4 === "deflate")) || (data4 === "br"))){
const err14 = {instancePath:instancePath+"/encodings/" + i0,schemaPath:"#/definitions/encodings/items/enum",keyword:"enum",params:{allowedValues: schema20.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
let i1 = data3.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data3[i1], data3[j0])){
const err15 = {instancePath:instancePath+"/encodings",schemaPath:"#/definitions/encodings/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/encodings",schemaPath:"#/definitions/encodings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.constraints !== undefined){
let data5 = data.constraints;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
if(!(func2.call(schema21.properties, key1))){
const err17 = {instancePath:instancePath+"/constraints",schemaPath:"#/definitions/constraints/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.models !== undefined){
let data6 = data5.models;
if(Array.isArray(data6)){
if(data6.length < 1){
const err18 = {instancePath:instancePath+"/constraints/models",schemaPath:"#/definitions/constraints/properties/models/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len1 = data6.length;
for(let i2=0; i2<len1; i2++){
let data7 = data6[i2];
if(typeof data7 === "string"){
if(func4(data7) > 256){
const err19 = {instancePath:instancePath+"/constraints/models/" + i2,schemaPath:"#/definitions/constraints/properties/models/items/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func4(data7) < 1){
const err20 = {instancePath:instancePath+"/constraints/models/" + i2,schemaPath:"#/definitions/constraints/properties/models/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/constraints/models/" + i2,schemaPath:"#/definitions/constraints/properties/models/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let i3 = data6.length;
let j1;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data6[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
const err22 = {instancePath:instancePath+"/constraints/models",schemaPath:"#/definitions/constraints/properties/models/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err23 = {instancePath:instancePath+"/constraints/models",schemaPath:"#/definitions/constraints/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.maxTokens !== undefined){
let data8 = data5.maxTokens;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err24 = {instancePath:instancePath+"/constraints/maxTokens",schemaPath:"#/definitions/constraints/properties/maxTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
const err25 = {instancePath:instancePath+"/constraints/maxTokens",schemaPath:"#/definitions/constraints/properties/maxTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data5.maxTokensAction !== undefined){
let data9 = data5.maxTokensAction;
if(!((data9 === "reject") || (data9 === "clamp"))){
const err26 = {instancePath:instancePath+"/constraints/maxTokensAction",schemaPath:"#/definitions/constraints/properties/maxTokensAction/enum",keyword:"enum",params:{allowedValues: schema21.properties.maxTokensAction.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data5.defaultMaxTokens !== undefined){
let data10 = data5.defaultMaxTokens;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err27 = {instancePath:instancePath+"/constraints/defaultMaxTokens",schemaPath:"#/definitions/constraints/properties/defaultMaxTokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err28 = {instancePath:instancePath+"/constraints/defaultMaxTokens",schemaPath:"#/definitions/constraints/properties/defaultMaxTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data5.maxN !== undefined){
let data11 = data5.maxN;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err29 = {instancePath:instancePath+"/constraints/maxN",schemaPath:"#/definitions/constraints/properties/maxN/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
const err30 = {instancePath:instancePath+"/constraints/maxN",schemaPath:"#/definitions/constraints/properties/maxN/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data5.maxMessages !== undefined){
let data12 = data5.maxMessages;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err31 = {instancePath:instancePath+"/constraints/maxMessages",schemaPath:"#/definitions/constraints/properties/maxMessages/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 1 || isNaN(data12)){
const err32 = {instancePath:instancePath+"/constraints/maxMessages",schemaPath:"#/definitions/constraints/properties/maxMessages/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data5.maxMessageChars !== undefined){
let data13 = data5.maxMessageChars;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err33 = {instancePath:instancePath+"/constraints/maxMessageChars",schemaPath:"#/definitions/constraints/properties/maxMessageChars/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 1 || isNaN(data13)){
const err34 = {instancePath:instancePath+"/constraints/maxMessageChars",schemaPath:"#/definitions/constraints/properties/maxMessageChars/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data5.tools !== undefined){
let data14 = data5.tools;
if(Array.isArray(data14)){
if(data14.length < 1){
const err35 = {instancePath:instancePath+"/constraints/tools",schemaPath:"#/definitions/constraints/properties/tools/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
const len2 = data14.length;
for(let i4=0; i4<len2; i4++){
let data15 = data14[i4];
if(typeof data15 === "string"){
if(func4(data15) > 256){
const err36 = {instancePath:instancePath+"/constraints/tools/" + i4,schemaPath:"#/definitions/constraints/properties/tools/items/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(func4(data15) < 1){
const err37 = {instancePath:instancePath+"/constraints/tools/" + i4,schemaPath:"#/definitions/constraints/properties/tools/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/constraints/tools/" + i4,schemaPath:"#/definitions/constraints/properties/tools/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
let i5 = data14.length;
let j2;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data14[i5];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j2 = indices1[item1];
const err39 = {instancePath:instancePath+"/constraints/tools",schemaPath:"#/definitions/constraints/properties/tools/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err40 = {instancePath:instancePath+"/constraints/tools",schemaPath:"#/definitions/constraints/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data5.systemMessages !== undefined){
let data16 = data5.systemMessages;
if(!(((data16 === "allow") || (data16 === "forbid")) || (data16 === "replace"))){
const err41 = {instancePath:instancePath+"/constraints/systemMessages",schemaPath:"#/definitions/constraints/properties/systemMessages/enum",keyword:"enum",params:{allowedValues: schema21.properties.systemMessages.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data5.systemPrompt !== undefined){
let data17 = data5.systemPrompt;
if(typeof data17 === "string"){
if(func4(data17) > 100000){
const err42 = {instancePath:instancePath+"/constraints/systemPrompt",schemaPath:"#/definitions/constraints/properties/systemPrompt/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(func4(data17) < 1){
const err43 = {instancePath:instancePath+"/constraints/systemPrompt",schemaPath:"#/definitions/constraints/properties/systemPrompt/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/constraints/systemPrompt",schemaPath:"#/definitions/constraints/properties/systemPrompt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data5.mode !== undefined){
let data18 = data5.mode;
if(!((data18 === "enforce") || (data18 === "monitor"))){
const err45 = {instancePath:instancePath+"/constraints/mode",schemaPath:"#/definitions/constraints/properties/mode/enum",keyword:"enum",params:{allowedValues: schema21.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/constraints",schemaPath:"#/definitions/constraints/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.guards !== undefined){
let data19 = data.guards;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key2 in data19){
if(!((key2 === "injection") || (key2 === "pii"))){
const err47 = {instancePath:instancePath+"/guards",schemaPath:"#/definitions/guards/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data19.injection !== undefined){
let data20 = data19.injection;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key3 in data20){
if(!(((((key3 === "action") || (key3 === "threshold")) || (key3 === "roles")) || (key3 === "rules")) || (key3 === "mode"))){
const err48 = {instancePath:instancePath+"/guards/injection",schemaPath:"#/definitions/guards/properties/injection/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data20.action !== undefined){
let data21 = data20.action;
if(!((data21 === "block") || (data21 === "flag"))){
const err49 = {instancePath:instancePath+"/guards/injection/action",schemaPath:"#/definitions/guards/properties/injection/properties/action/enum",keyword:"enum",params:{allowedValues: schema22.properties.injection.properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data20.threshold !== undefined){
let data22 = data20.threshold;
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 <= 0 || isNaN(data22)){
const err50 = {instancePath:instancePath+"/guards/injection/threshold",schemaPath:"#/definitions/guards/properties/injection/properties/threshold/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/guards/injection/threshold",schemaPath:"#/definitions/guards/properties/injection/properties/threshold/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data20.roles !== undefined){
let data23 = data20.roles;
if(Array.isArray(data23)){
if(data23.length < 1){
const err52 = {instancePath:instancePath+"/guards/injection/roles",schemaPath:"#/definitions/guards/properties/injection/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
const len3 = data23.length;
for(let i6=0; i6<len3; i6++){
let data24 = data23[i6];
if(!((((data24 === "user") || (data24 === "assistant")) || (data24 === "tool")) || (data24 === "system"))){
const err53 = {instancePath:instancePath+"/guards/injection/roles/" + i6,schemaPath:"#/definitions/guards/properties/injection/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema22.properties.injection.properties.roles.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
let i7 = data23.length;
let j3;
if(i7 > 1){
outer1:
for(;i7--;){
for(j3 = i7; j3--;){
if(func0(data23[i7], data23[j3])){
const err54 = {instancePath:instancePath+"/guards/injection/roles",schemaPath:"#/definitions/guards/properties/injection/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err55 = {instancePath:instancePath+"/guards/injection/roles",schemaPath:"#/definitions/guards/properties/injection/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data20.rules !== undefined){
let data25 = data20.rules;
if(Array.isArray(data25)){
const len4 = data25.length;
for(let i8=0; i8<len4; i8++){
let data26 = data25[i8];
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.name === undefined){
const err56 = {instancePath:instancePath+"/guards/injection/rules/" + i8,schemaPath:"#/definitions/guards/properties/injection/properties/rules/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data26.pattern === undefined){
const err57 = {instancePath:instancePath+"/guards/injection/rules/" + i8,schemaPath:"#/definitions/guards/properties/injection/properties/rules/items/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key4 in data26){
if(!(((key4 === "name") || (key4 === "pattern")) || (key4 === "weight"))){
const err58 = {instancePath:instancePath+"/guards/injection/rules/" + i8,schemaPath:"#/definitions/guards/properties/injection/properties/rules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data26.name !== undefined){
let data27 = data26.name;
if(typeof data27 === "string"){
if(!pattern4.test(data27)){
const err59 = {instancePath:instancePath+"/guards/injection/rules/" + i8+"/name",schemaPath:"#/definitions/guards/properties/injection/properties/rules/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/guards/injection/rules/" + i8+"/name",schemaPath:"#/definitions/guards/properties/injection/properties/rules/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data26.pattern !== undefined){
let data28 = data26.pattern;
if(typeof data28 === "string"){
if(func4(data28) > 1000){
const err61 = {instancePath:instancePath+"/guards/injection/rules/" + i8+"/pattern",schemaPath:"#/definitions/guards/properties/injection/properties/rules/items/properties/pattern/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(func4(data28) < 1){
const err62 = {instancePath:instancePath+"/guards/injection/rules/" + i8+"/pattern",schemaPath:"#/definitions/guards/properties/injection/properties/rules/items/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/guards/injection/rules/" + i8+"/pattern",schemaPath:"#/definitions/guards/properties/injection/properties/rules/items/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data26.weight !== undefined){
let data29 = data26.weight;
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 <= 0 || isNaN(data29)){
const err64 = {instancePath:instancePath+"/guards/injection/rules/" + i8+"/weight",schemaPath:"#/definitions/guards/properties/injection/properties/rules/items/properties/weight/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/guards/injection/rules/" + i8+"/weight",schemaPath:"#/definitions/guards/properties/injection/properties/rules/items/properties/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/guards/injection/rules/" + i8,schemaPath:"#/definitions/guards/properties/injection/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/guards/injection/rules",schemaPath:"#/definitions/guards/properties/injection/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data20.mode !== undefined){
let data30 = data20.mode;
if(!((data30 === "enforce") || (data30 === "monitor"))){
const err68 = {instancePath:instancePath+"/guards/injection/mode",schemaPath:"#/definitions/guards/properties/injection/properties/mode/enum",keyword:"enum",params:{allowedValues: schema22.properties.injection.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/guards/injection",schemaPath:"#/definitions/guards/properties/injection/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data19.pii !== undefined){
let data31 = data19.pii;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key5 in data31){
if(!(((((key5 === "action") || (key5 === "detect")) || (key5 === "patterns")) || (key5 === "roles")) || (key5 === "mode"))){
const err70 = {instancePath:instancePath+"/guards/pii",schemaPath:"#/definitions/guards/properties/pii/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data31.action !== undefined){
let data32 = data31.action;
if(!(((data32 === "block") || (data32 === "redact")) || (data32 === "mask"))){
const err71 = {instancePath:instancePath+"/guards/pii/action",schemaPath:"#/definitions/guards/properties/pii/properties/action/enum",keyword:"enum",params:{allowedValues: schema22.properties.pii.properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data31.detect !== undefined){
let data33 = data31.detect;
if(Array.isArray(data33)){
const len5 = data33.length;
for(let i9=0; i9<len5; i9++){
let data34 = data33[i9];
if(!(((((((data34 === "email") || (data34 === "phone")) || (data34 === "card")) || (data34 === "iban")) || (data34 === "ssn")) || (data34 === "ip")) || (data34 === "secret"))){
const err72 = {instancePath:instancePath+"/guards/pii/detect/" + i9,schemaPath:"#/definitions/guards/properties/pii/properties/detect/items/enum",keyword:"enum",params:{allowedValues: schema22.properties.pii.properties.detect.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
let i10 = data33.length;
let j4;
if(i10 > 1){
outer2:
for(;i10--;){
for(j4 = i10; j4--;){
if(func0(data33[i10], data33[j4])){
const err73 = {instancePath:instancePath+"/guards/pii/detect",schemaPath:"#/definitions/guards/properties/pii/properties/detect/uniqueItems",keyword:"uniqueItems",params:{i: i10, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i10+" are identical)"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
break outer2;
}
}
}
}
}
else {
const err74 = {instancePath:instancePath+"/guards/pii/detect",schemaPath:"#/definitions/guards/properties/pii/properties/detect/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data31.patterns !== undefined){
let data35 = data31.patterns;
if(Array.isArray(data35)){
const len6 = data35.length;
for(let i11=0; i11<len6; i11++){
let data36 = data35[i11];
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.name === undefined){
const err75 = {instancePath:instancePath+"/guards/pii/patterns/" + i11,schemaPath:"#/definitions/guards/properties/pii/properties/patterns/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data36.pattern === undefined){
const err76 = {instancePath:instancePath+"/guards/pii/patterns/" + i11,schemaPath:"#/definitions/guards/properties/pii/properties/patterns/items/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
for(const key6 in data36){
if(!((key6 === "name") || (key6 === "pattern"))){
const err77 = {instancePath:instancePath+"/guards/pii/patterns/" + i11,schemaPath:"#/definitions/guards/properties/pii/properties/patterns/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data36.name !== undefined){
let data37 = data36.name;
if(typeof data37 === "string"){
if(!pattern22.test(data37)){
const err78 = {instancePath:instancePath+"/guards/pii/patterns/" + i11+"/name",schemaPath:"#/definitions/guards/properties/pii/properties/patterns/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9_]{0,31}$"},message:"must match pattern \""+"^[A-Z][A-Z0-9_]{0,31}$"+"\""};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/guards/pii/patterns/" + i11+"/name",schemaPath:"#/definitions/guards/properties/pii/properties/patterns/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data36.pattern !== undefined){
let data38 = data36.pattern;
if(typeof data38 === "string"){
if(func4(data38) > 1000){
const err80 = {instancePath:instancePath+"/guards/pii/patterns/" + i11+"/pattern",schemaPath:"#/definitions/guards/properties/pii/properties/patterns/items/properties/pattern/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(func4(data38) < 1){
const err81 = {instancePath:instancePath+"/guards/pii/patterns/" + i11+"/pattern",schemaPath:"#/definitions/guards/properties/pii/properties/patterns/items/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/guards/pii/patterns/" + i11+"/pattern",schemaPath:"#/definitions/guards/properties/pii/properties/patterns/items/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/guards/pii/patterns/" + i11,schemaPath:"#/definitions/guards/properties/pii/properties/patterns/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/guards/pii/patterns",schemaPath:"#/definitions/guards/properties/pii/properties/patterns/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data31.roles !== undefined){
let data39 = data31.roles;
if(Array.isArray(data39)){
if(data39.length < 1){
const err85 = {instancePath:instancePath+"/guards/pii/roles",schemaPath:"#/definitions/guards/properties/pii/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
const len7 = data39.length;
for(let i12=0; i12<len7; i12++){
let data40 = data39[i12];
if(!((((data40 === "user") || (data40 === "assistant")) || (data40 === "tool")) || (data40 === "system"))){
const err86 = {instancePath:instancePath+"/guards/pii/roles/" + i12,schemaPath:"#/definitions/guards/properties/pii/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema22.properties.pii.properties.roles.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
let i13 = data39.length;
let j5;
if(i13 > 1){
outer3:
for(;i13--;){
for(j5 = i13; j5--;){
if(func0(data39[i13], data39[j5])){
const err87 = {instancePath:instancePath+"/guards/pii/roles",schemaPath:"#/definitions/guards/properties/pii/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i13+" are identical)"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
break outer3;
}
}
}
}
}
else {
const err88 = {instancePath:instancePath+"/guards/pii/roles",schemaPath:"#/definitions/guards/properties/pii/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data31.mode !== undefined){
let data41 = data31.mode;
if(!((data41 === "enforce") || (data41 === "monitor"))){
const err89 = {instancePath:instancePath+"/guards/pii/mode",schemaPath:"#/definitions/guards/properties/pii/properties/mode/enum",keyword:"enum",params:{allowedValues: schema22.properties.pii.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath:instancePath+"/guards/pii",schemaPath:"#/definitions/guards/properties/pii/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/guards",schemaPath:"#/definitions/guards/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data.mode !== undefined){
let data42 = data.mode;
if(!((data42 === "enforce") || (data42 === "monitor"))){
const err92 = {instancePath:instancePath+"/mode",schemaPath:"#/anyOf/1/properties/mode/enum",keyword:"enum",params:{allowedValues: schema19.anyOf[1].properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err94 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate31.errors = vErrors;
return errors === 0;
}

export const validators = Object.freeze({
  "policy": policy,
  "apiKey": apiKey,
  "auth": auth,
  "limits": limits,
  "validate": validate,
});
