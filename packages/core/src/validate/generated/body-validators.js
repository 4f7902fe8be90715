// Generated from src/validate/schemas/index.ts (shippedSchemas) by scripts/generate-validators.mjs. Do not edit: run `npm run generate -w @tollgate/core`.
import { shippedSchemas } from '../schemas/index.js';
import { codePoints } from '../code-points.js';

export const openaiChat = validate10;
const schema11 = shippedSchemas["openai.chat"];
const schema14 = shippedSchemas["openai.chat"]["$defs"]["textPart"];
const schema35 = shippedSchemas["openai.chat"]["$defs"]["responseFormat"];
const schema36 = shippedSchemas["openai.chat"]["$defs"]["toolChoice"];
const func2 = Object.prototype.hasOwnProperty;
const func3 = codePoints;
const pattern0 = new RegExp("^[\\x21-\\x7E]+$", "u");
const pattern1 = new RegExp("^[a-zA-Z0-9_-]{1,64}$", "u");
const pattern7 = new RegExp("^[0-9]{1,10}$", "u");
const pattern14 = new RegExp("^[A-Za-z]{2}$", "u");
const schema12 = shippedSchemas["openai.chat"]["$defs"]["message"];
const schema30 = shippedSchemas["openai.chat"]["$defs"]["functionMessage"];
const schema13 = shippedSchemas["openai.chat"]["$defs"]["systemMessage"];

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.role === undefined) && (missing0 = "role")) || ((data.content === undefined) && (missing0 = "content"))){
validate12.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "role") || (key0 === "content")) || (key0 === "name"))){
validate12.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.role !== undefined){
const _errs2 = errors;
if("system" !== data.role){
validate12.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/const",keyword:"const",params:{allowedValue: "system"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data1 = data.content;
const _errs3 = errors;
const _errs4 = errors;
let valid1 = true;
const _errs5 = errors;
if(typeof data1 !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs5 === errors;
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(data1.length > 1000000 && func3(data1) > 1000000){
validate12.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/then/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate12.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid0 = _errs7 === errors;
valid1 = _valid0;
ifClause0 = "then";
}
else {
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data1)){
if(data1.length > 256){
validate12.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/else/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
if(data1.length < 1){
validate12.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.type === undefined) && (missing1 = "type")) || ((data2.text === undefined) && (missing1 = "text"))){
validate12.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/textPart/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data2){
if(!(((key1 === "type") || (key1 === "text")) || (key1 === "prompt_cache_breakpoint"))){
validate12.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/textPart/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data2.type !== undefined){
const _errs15 = errors;
if("text" !== data2.type){
validate12.errors = [{instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/textPart/properties/type/const",keyword:"const",params:{allowedValue: "text"},message:"must be equal to constant"}];
return false;
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.text !== undefined){
let data4 = data2.text;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data4 === "string"){
if(data4.length > 1000000 && func3(data4) > 1000000){
validate12.errors = [{instancePath:instancePath+"/content/" + i0+"/text",schemaPath:"#/$defs/textPart/properties/text/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate12.errors = [{instancePath:instancePath+"/content/" + i0+"/text",schemaPath:"#/$defs/textPart/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.prompt_cache_breakpoint !== undefined){
let data5 = data2.prompt_cache_breakpoint;
const _errs18 = errors;
if(errors === _errs18){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing2;
if((data5.mode === undefined) && (missing2 = "mode")){
validate12.errors = [{instancePath:instancePath+"/content/" + i0+"/prompt_cache_breakpoint",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs20 = errors;
for(const key2 in data5){
if(!(key2 === "mode")){
validate12.errors = [{instancePath:instancePath+"/content/" + i0+"/prompt_cache_breakpoint",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs20 === errors){
if(data5.mode !== undefined){
if("explicit" !== data5.mode){
validate12.errors = [{instancePath:instancePath+"/content/" + i0+"/prompt_cache_breakpoint/mode",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/properties/mode/const",keyword:"const",params:{allowedValue: "explicit"},message:"must be equal to constant"}];
return false;
}
}
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/content/" + i0+"/prompt_cache_breakpoint",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/textPart/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs11 === errors;
if(!valid2){
break;
}
}
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/else/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var _valid0 = _errs9 === errors;
valid1 = _valid0;
ifClause0 = "else";
}
if(!valid1){
const err1 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate12.errors = vErrors;
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data7 = data.name;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data7 === "string"){
if(data7.length > 256 && func3(data7) > 256){
validate12.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data7.length < 1 || (data7.length < 2 * 1 && func3(data7) < 1)){
validate12.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate12.errors = vErrors;
return errors === 0;
}

const schema15 = shippedSchemas["openai.chat"]["$defs"]["developerMessage"];

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.role === undefined) && (missing0 = "role")) || ((data.content === undefined) && (missing0 = "content"))){
validate14.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "role") || (key0 === "content")) || (key0 === "name"))){
validate14.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.role !== undefined){
const _errs2 = errors;
if("developer" !== data.role){
validate14.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/const",keyword:"const",params:{allowedValue: "developer"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data1 = data.content;
const _errs3 = errors;
const _errs4 = errors;
let valid1 = true;
const _errs5 = errors;
if(typeof data1 !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs5 === errors;
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(data1.length > 1000000 && func3(data1) > 1000000){
validate14.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/then/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate14.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid0 = _errs7 === errors;
valid1 = _valid0;
ifClause0 = "then";
}
else {
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data1)){
if(data1.length > 256){
validate14.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/else/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
if(data1.length < 1){
validate14.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.type === undefined) && (missing1 = "type")) || ((data2.text === undefined) && (missing1 = "text"))){
validate14.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/textPart/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data2){
if(!(((key1 === "type") || (key1 === "text")) || (key1 === "prompt_cache_breakpoint"))){
validate14.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/textPart/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data2.type !== undefined){
const _errs15 = errors;
if("text" !== data2.type){
validate14.errors = [{instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/textPart/properties/type/const",keyword:"const",params:{allowedValue: "text"},message:"must be equal to constant"}];
return false;
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.text !== undefined){
let data4 = data2.text;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data4 === "string"){
if(data4.length > 1000000 && func3(data4) > 1000000){
validate14.errors = [{instancePath:instancePath+"/content/" + i0+"/text",schemaPath:"#/$defs/textPart/properties/text/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate14.errors = [{instancePath:instancePath+"/content/" + i0+"/text",schemaPath:"#/$defs/textPart/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.prompt_cache_breakpoint !== undefined){
let data5 = data2.prompt_cache_breakpoint;
const _errs18 = errors;
if(errors === _errs18){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing2;
if((data5.mode === undefined) && (missing2 = "mode")){
validate14.errors = [{instancePath:instancePath+"/content/" + i0+"/prompt_cache_breakpoint",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs20 = errors;
for(const key2 in data5){
if(!(key2 === "mode")){
validate14.errors = [{instancePath:instancePath+"/content/" + i0+"/prompt_cache_breakpoint",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs20 === errors){
if(data5.mode !== undefined){
if("explicit" !== data5.mode){
validate14.errors = [{instancePath:instancePath+"/content/" + i0+"/prompt_cache_breakpoint/mode",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/properties/mode/const",keyword:"const",params:{allowedValue: "explicit"},message:"must be equal to constant"}];
return false;
}
}
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/content/" + i0+"/prompt_cache_breakpoint",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/textPart/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs11 === errors;
if(!valid2){
break;
}
}
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/else/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var _valid0 = _errs9 === errors;
valid1 = _valid0;
ifClause0 = "else";
}
if(!valid1){
const err1 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate14.errors = vErrors;
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data7 = data.name;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data7 === "string"){
if(data7.length > 256 && func3(data7) > 256){
validate14.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data7.length < 1 || (data7.length < 2 * 1 && func3(data7) < 1)){
validate14.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate14.errors = vErrors;
return errors === 0;
}

const schema17 = shippedSchemas["openai.chat"]["$defs"]["userMessage"];
const schema18 = shippedSchemas["openai.chat"]["$defs"]["userContentPart"];
const schema20 = shippedSchemas["openai.chat"]["$defs"]["imageUrlPart"];
const schema21 = shippedSchemas["openai.chat"]["$defs"]["inputAudioPart"];
const schema22 = shippedSchemas["openai.chat"]["$defs"]["filePart"];

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined){
if("text" !== data.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.type === undefined) && (missing1 = "type")) || ((data.text === undefined) && (missing1 = "text"))){
validate17.errors = [{instancePath,schemaPath:"#/$defs/textPart/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs8 = errors;
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "text")) || (key0 === "prompt_cache_breakpoint"))){
validate17.errors = [{instancePath,schemaPath:"#/$defs/textPart/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs8 === errors){
if(data.type !== undefined){
const _errs9 = errors;
if("text" !== data.type){
validate17.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/textPart/properties/type/const",keyword:"const",params:{allowedValue: "text"},message:"must be equal to constant"}];
return false;
}
var valid4 = _errs9 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.text !== undefined){
let data2 = data.text;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data2 === "string"){
if(data2.length > 1000000 && func3(data2) > 1000000){
validate17.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/textPart/properties/text/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate17.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/textPart/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs10 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.prompt_cache_breakpoint !== undefined){
let data3 = data.prompt_cache_breakpoint;
const _errs12 = errors;
if(errors === _errs12){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing2;
if((data3.mode === undefined) && (missing2 = "mode")){
validate17.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data3){
if(!(key1 === "mode")){
validate17.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data3.mode !== undefined){
if("explicit" !== data3.mode){
validate17.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint/mode",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/properties/mode/const",keyword:"const",params:{allowedValue: "explicit"},message:"must be equal to constant"}];
return false;
}
}
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs12 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate17.errors = [{instancePath,schemaPath:"#/$defs/textPart/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate17.errors = vErrors;
return false;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs16 = errors;
const _errs17 = errors;
let valid6 = true;
const _errs18 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.type !== undefined){
if("image_url" !== data.type){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs18 === errors;
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if(((data.type === undefined) && (missing4 = "type")) || ((data.image_url === undefined) && (missing4 = "image_url"))){
validate17.errors = [{instancePath,schemaPath:"#/$defs/imageUrlPart/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs23 = errors;
for(const key2 in data){
if(!(((key2 === "type") || (key2 === "image_url")) || (key2 === "prompt_cache_breakpoint"))){
validate17.errors = [{instancePath,schemaPath:"#/$defs/imageUrlPart/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs23 === errors){
if(data.type !== undefined){
const _errs24 = errors;
if("image_url" !== data.type){
validate17.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/imageUrlPart/properties/type/const",keyword:"const",params:{allowedValue: "image_url"},message:"must be equal to constant"}];
return false;
}
var valid9 = _errs24 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.image_url !== undefined){
let data7 = data.image_url;
const _errs25 = errors;
if(errors === _errs25){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing5;
if((data7.url === undefined) && (missing5 = "url")){
validate17.errors = [{instancePath:instancePath+"/image_url",schemaPath:"#/$defs/imageUrlPart/properties/image_url/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs27 = errors;
for(const key3 in data7){
if(!((key3 === "url") || (key3 === "detail"))){
validate17.errors = [{instancePath:instancePath+"/image_url",schemaPath:"#/$defs/imageUrlPart/properties/image_url/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs27 === errors){
if(data7.url !== undefined){
let data8 = data7.url;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data8 === "string"){
if(data8.length > 67108864 && func3(data8) > 67108864){
validate17.errors = [{instancePath:instancePath+"/image_url/url",schemaPath:"#/$defs/imageUrlPart/properties/image_url/properties/url/maxLength",keyword:"maxLength",params:{limit: 67108864},message:"must NOT have more than 67108864 characters"}];
return false;
}
else {
if(data8.length < 1 || (data8.length < 2 * 1 && func3(data8) < 1)){
validate17.errors = [{instancePath:instancePath+"/image_url/url",schemaPath:"#/$defs/imageUrlPart/properties/image_url/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/image_url/url",schemaPath:"#/$defs/imageUrlPart/properties/image_url/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs28 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data7.detail !== undefined){
let data9 = data7.detail;
const _errs30 = errors;
if(typeof data9 !== "string"){
validate17.errors = [{instancePath:instancePath+"/image_url/detail",schemaPath:"#/$defs/imageUrlPart/properties/image_url/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data9 === "auto") || (data9 === "low")) || (data9 === "high"))){
validate17.errors = [{instancePath:instancePath+"/image_url/detail",schemaPath:"#/$defs/imageUrlPart/properties/image_url/properties/detail/enum",keyword:"enum",params:{allowedValues: schema20.properties.image_url.properties.detail.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid10 = _errs30 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/image_url",schemaPath:"#/$defs/imageUrlPart/properties/image_url/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs25 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.prompt_cache_breakpoint !== undefined){
let data10 = data.prompt_cache_breakpoint;
const _errs32 = errors;
if(errors === _errs32){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing6;
if((data10.mode === undefined) && (missing6 = "mode")){
validate17.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/imageUrlPart/properties/prompt_cache_breakpoint/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs34 = errors;
for(const key4 in data10){
if(!(key4 === "mode")){
validate17.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/imageUrlPart/properties/prompt_cache_breakpoint/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs34 === errors){
if(data10.mode !== undefined){
if("explicit" !== data10.mode){
validate17.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint/mode",schemaPath:"#/$defs/imageUrlPart/properties/prompt_cache_breakpoint/properties/mode/const",keyword:"const",params:{allowedValue: "explicit"},message:"must be equal to constant"}];
return false;
}
}
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/imageUrlPart/properties/prompt_cache_breakpoint/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs32 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
}
else {
validate17.errors = [{instancePath,schemaPath:"#/$defs/imageUrlPart/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid1 = _errs20 === errors;
valid6 = _valid1;
}
if(!valid6){
const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate17.errors = vErrors;
return false;
}
var valid0 = _errs16 === errors;
if(valid0){
const _errs36 = errors;
const _errs37 = errors;
let valid12 = true;
const _errs38 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.type === undefined) && (missing7 = "type")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.type !== undefined){
if("input_audio" !== data.type){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
var _valid2 = _errs38 === errors;
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs40 = errors;
const _errs41 = errors;
if(errors === _errs41){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if(((data.type === undefined) && (missing8 = "type")) || ((data.input_audio === undefined) && (missing8 = "input_audio"))){
validate17.errors = [{instancePath,schemaPath:"#/$defs/inputAudioPart/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
return false;
}
else {
const _errs43 = errors;
for(const key5 in data){
if(!(((key5 === "type") || (key5 === "input_audio")) || (key5 === "prompt_cache_breakpoint"))){
validate17.errors = [{instancePath,schemaPath:"#/$defs/inputAudioPart/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs43 === errors){
if(data.type !== undefined){
const _errs44 = errors;
if("input_audio" !== data.type){
validate17.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/inputAudioPart/properties/type/const",keyword:"const",params:{allowedValue: "input_audio"},message:"must be equal to constant"}];
return false;
}
var valid15 = _errs44 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data.input_audio !== undefined){
let data14 = data.input_audio;
const _errs45 = errors;
if(errors === _errs45){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing9;
if(((data14.data === undefined) && (missing9 = "data")) || ((data14.format === undefined) && (missing9 = "format"))){
validate17.errors = [{instancePath:instancePath+"/input_audio",schemaPath:"#/$defs/inputAudioPart/properties/input_audio/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
return false;
}
else {
const _errs47 = errors;
for(const key6 in data14){
if(!((key6 === "data") || (key6 === "format"))){
validate17.errors = [{instancePath:instancePath+"/input_audio",schemaPath:"#/$defs/inputAudioPart/properties/input_audio/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs47 === errors){
if(data14.data !== undefined){
let data15 = data14.data;
const _errs48 = errors;
if(errors === _errs48){
if(typeof data15 === "string"){
if(data15.length > 67108864 && func3(data15) > 67108864){
validate17.errors = [{instancePath:instancePath+"/input_audio/data",schemaPath:"#/$defs/inputAudioPart/properties/input_audio/properties/data/maxLength",keyword:"maxLength",params:{limit: 67108864},message:"must NOT have more than 67108864 characters"}];
return false;
}
else {
if(data15.length < 1 || (data15.length < 2 * 1 && func3(data15) < 1)){
validate17.errors = [{instancePath:instancePath+"/input_audio/data",schemaPath:"#/$defs/inputAudioPart/properties/input_audio/properties/data/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/input_audio/data",schemaPath:"#/$defs/inputAudioPart/properties/input_audio/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid16 = _errs48 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data14.format !== undefined){
let data16 = data14.format;
const _errs50 = errors;
if(typeof data16 !== "string"){
validate17.errors = [{instancePath:instancePath+"/input_audio/format",schemaPath:"#/$defs/inputAudioPart/properties/input_audio/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data16 === "wav") || (data16 === "mp3"))){
validate17.errors = [{instancePath:instancePath+"/input_audio/format",schemaPath:"#/$defs/inputAudioPart/properties/input_audio/properties/format/enum",keyword:"enum",params:{allowedValues: schema21.properties.input_audio.properties.format.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid16 = _errs50 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/input_audio",schemaPath:"#/$defs/inputAudioPart/properties/input_audio/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid15 = _errs45 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data.prompt_cache_breakpoint !== undefined){
let data17 = data.prompt_cache_breakpoint;
const _errs52 = errors;
if(errors === _errs52){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
let missing10;
if((data17.mode === undefined) && (missing10 = "mode")){
validate17.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/inputAudioPart/properties/prompt_cache_breakpoint/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"}];
return false;
}
else {
const _errs54 = errors;
for(const key7 in data17){
if(!(key7 === "mode")){
validate17.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/inputAudioPart/properties/prompt_cache_breakpoint/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs54 === errors){
if(data17.mode !== undefined){
if("explicit" !== data17.mode){
validate17.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint/mode",schemaPath:"#/$defs/inputAudioPart/properties/prompt_cache_breakpoint/properties/mode/const",keyword:"const",params:{allowedValue: "explicit"},message:"must be equal to constant"}];
return false;
}
}
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/inputAudioPart/properties/prompt_cache_breakpoint/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid15 = _errs52 === errors;
}
else {
var valid15 = true;
}
}
}
}
}
}
else {
validate17.errors = [{instancePath,schemaPath:"#/$defs/inputAudioPart/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid2 = _errs40 === errors;
valid12 = _valid2;
}
if(!valid12){
const err8 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate17.errors = vErrors;
return false;
}
var valid0 = _errs36 === errors;
if(valid0){
const _errs56 = errors;
const _errs57 = errors;
let valid18 = true;
const _errs58 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if((data.type === undefined) && (missing11 = "type")){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(data.type !== undefined){
if("file" !== data.type){
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
}
}
var _valid3 = _errs58 === errors;
errors = _errs57;
if(vErrors !== null){
if(_errs57){
vErrors.length = _errs57;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs60 = errors;
const _errs61 = errors;
if(errors === _errs61){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing12;
if(((data.type === undefined) && (missing12 = "type")) || ((data.file === undefined) && (missing12 = "file"))){
validate17.errors = [{instancePath,schemaPath:"#/$defs/filePart/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"}];
return false;
}
else {
const _errs63 = errors;
for(const key8 in data){
if(!(((key8 === "type") || (key8 === "file")) || (key8 === "prompt_cache_breakpoint"))){
validate17.errors = [{instancePath,schemaPath:"#/$defs/filePart/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs63 === errors){
if(data.type !== undefined){
const _errs64 = errors;
if("file" !== data.type){
validate17.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/filePart/properties/type/const",keyword:"const",params:{allowedValue: "file"},message:"must be equal to constant"}];
return false;
}
var valid21 = _errs64 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data.file !== undefined){
let data21 = data.file;
const _errs65 = errors;
const _errs67 = errors;
let valid22 = false;
const _errs68 = errors;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
let missing13;
if((data21.file_data === undefined) && (missing13 = "file_data")){
const err11 = {instancePath:instancePath+"/file",schemaPath:"#/$defs/filePart/properties/file/anyOf/0/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid4 = _errs68 === errors;
valid22 = valid22 || _valid4;
if(!valid22){
const _errs69 = errors;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
let missing14;
if((data21.file_id === undefined) && (missing14 = "file_id")){
const err12 = {instancePath:instancePath+"/file",schemaPath:"#/$defs/filePart/properties/file/anyOf/1/required",keyword:"required",params:{missingProperty: missing14},message:"must have required property '"+missing14+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid4 = _errs69 === errors;
valid22 = valid22 || _valid4;
}
if(!valid22){
const err13 = {instancePath:instancePath+"/file",schemaPath:"#/$defs/filePart/properties/file/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
validate17.errors = vErrors;
return false;
}
else {
errors = _errs67;
if(vErrors !== null){
if(_errs67){
vErrors.length = _errs67;
}
else {
vErrors = null;
}
}
}
if(errors === _errs65){
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
const _errs70 = errors;
for(const key9 in data21){
if(!(((key9 === "file_data") || (key9 === "file_id")) || (key9 === "filename"))){
validate17.errors = [{instancePath:instancePath+"/file",schemaPath:"#/$defs/filePart/properties/file/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs70 === errors){
if(data21.file_data !== undefined){
let data22 = data21.file_data;
const _errs71 = errors;
if(errors === _errs71){
if(typeof data22 === "string"){
if(data22.length > 67108864 && func3(data22) > 67108864){
validate17.errors = [{instancePath:instancePath+"/file/file_data",schemaPath:"#/$defs/filePart/properties/file/properties/file_data/maxLength",keyword:"maxLength",params:{limit: 67108864},message:"must NOT have more than 67108864 characters"}];
return false;
}
else {
if(data22.length < 1 || (data22.length < 2 * 1 && func3(data22) < 1)){
validate17.errors = [{instancePath:instancePath+"/file/file_data",schemaPath:"#/$defs/filePart/properties/file/properties/file_data/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/file/file_data",schemaPath:"#/$defs/filePart/properties/file/properties/file_data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid23 = _errs71 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data21.file_id !== undefined){
let data23 = data21.file_id;
const _errs73 = errors;
if(errors === _errs73){
if(typeof data23 === "string"){
if(data23.length > 512 && func3(data23) > 512){
validate17.errors = [{instancePath:instancePath+"/file/file_id",schemaPath:"#/$defs/filePart/properties/file/properties/file_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data23.length < 1 || (data23.length < 2 * 1 && func3(data23) < 1)){
validate17.errors = [{instancePath:instancePath+"/file/file_id",schemaPath:"#/$defs/filePart/properties/file/properties/file_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/file/file_id",schemaPath:"#/$defs/filePart/properties/file/properties/file_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid23 = _errs73 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data21.filename !== undefined){
let data24 = data21.filename;
const _errs75 = errors;
if(errors === _errs75){
if(typeof data24 === "string"){
if(data24.length > 256 && func3(data24) > 256){
validate17.errors = [{instancePath:instancePath+"/file/filename",schemaPath:"#/$defs/filePart/properties/file/properties/filename/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data24.length < 1 || (data24.length < 2 * 1 && func3(data24) < 1)){
validate17.errors = [{instancePath:instancePath+"/file/filename",schemaPath:"#/$defs/filePart/properties/file/properties/filename/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/file/filename",schemaPath:"#/$defs/filePart/properties/file/properties/filename/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid23 = _errs75 === errors;
}
else {
var valid23 = true;
}
}
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/file",schemaPath:"#/$defs/filePart/properties/file/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid21 = _errs65 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data.prompt_cache_breakpoint !== undefined){
let data25 = data.prompt_cache_breakpoint;
const _errs77 = errors;
if(errors === _errs77){
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
let missing15;
if((data25.mode === undefined) && (missing15 = "mode")){
validate17.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/filePart/properties/prompt_cache_breakpoint/required",keyword:"required",params:{missingProperty: missing15},message:"must have required property '"+missing15+"'"}];
return false;
}
else {
const _errs79 = errors;
for(const key10 in data25){
if(!(key10 === "mode")){
validate17.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/filePart/properties/prompt_cache_breakpoint/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs79 === errors){
if(data25.mode !== undefined){
if("explicit" !== data25.mode){
validate17.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint/mode",schemaPath:"#/$defs/filePart/properties/prompt_cache_breakpoint/properties/mode/const",keyword:"const",params:{allowedValue: "explicit"},message:"must be equal to constant"}];
return false;
}
}
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/filePart/properties/prompt_cache_breakpoint/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid21 = _errs77 === errors;
}
else {
var valid21 = true;
}
}
}
}
}
}
else {
validate17.errors = [{instancePath,schemaPath:"#/$defs/filePart/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid3 = _errs60 === errors;
valid18 = _valid3;
}
if(!valid18){
const err14 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate17.errors = vErrors;
return false;
}
var valid0 = _errs56 === errors;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing16;
if((data.type === undefined) && (missing16 = "type")){
validate17.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing16},message:"must have required property '"+missing16+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data27 = data.type;
if(typeof data27 !== "string"){
validate17.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data27 === "text") || (data27 === "image_url")) || (data27 === "input_audio")) || (data27 === "file"))){
validate17.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema18.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate17.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate17.errors = vErrors;
return errors === 0;
}


function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.role === undefined) && (missing0 = "role")) || ((data.content === undefined) && (missing0 = "content"))){
validate16.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "role") || (key0 === "content")) || (key0 === "name"))){
validate16.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.role !== undefined){
const _errs2 = errors;
if("user" !== data.role){
validate16.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/const",keyword:"const",params:{allowedValue: "user"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data1 = data.content;
const _errs3 = errors;
const _errs4 = errors;
let valid1 = true;
const _errs5 = errors;
if(typeof data1 !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs5 === errors;
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(data1.length > 1000000 && func3(data1) > 1000000){
validate16.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/then/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate16.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid0 = _errs7 === errors;
valid1 = _valid0;
ifClause0 = "then";
}
else {
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data1)){
if(data1.length > 256){
validate16.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/else/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
if(data1.length < 1){
validate16.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(!(validate17(data1[i0], {instancePath:instancePath+"/content/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
var valid2 = _errs11 === errors;
if(!valid2){
break;
}
}
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/else/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var _valid0 = _errs9 === errors;
valid1 = _valid0;
ifClause0 = "else";
}
if(!valid1){
const err1 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate16.errors = vErrors;
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data3 = data.name;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data3 === "string"){
if(data3.length > 256 && func3(data3) > 256){
validate16.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data3.length < 1 || (data3.length < 2 * 1 && func3(data3) < 1)){
validate16.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate16.errors = vErrors;
return errors === 0;
}

const schema23 = shippedSchemas["openai.chat"]["$defs"]["assistantMessage"];
const schema27 = shippedSchemas["openai.chat"]["$defs"]["toolCall"];
const schema24 = shippedSchemas["openai.chat"]["$defs"]["assistantContentPart"];
const schema26 = shippedSchemas["openai.chat"]["$defs"]["refusalPart"];

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined){
if("text" !== data.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.type === undefined) && (missing1 = "type")) || ((data.text === undefined) && (missing1 = "text"))){
validate21.errors = [{instancePath,schemaPath:"#/$defs/textPart/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs8 = errors;
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "text")) || (key0 === "prompt_cache_breakpoint"))){
validate21.errors = [{instancePath,schemaPath:"#/$defs/textPart/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs8 === errors){
if(data.type !== undefined){
const _errs9 = errors;
if("text" !== data.type){
validate21.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/textPart/properties/type/const",keyword:"const",params:{allowedValue: "text"},message:"must be equal to constant"}];
return false;
}
var valid4 = _errs9 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.text !== undefined){
let data2 = data.text;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data2 === "string"){
if(data2.length > 1000000 && func3(data2) > 1000000){
validate21.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/textPart/properties/text/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/textPart/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs10 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.prompt_cache_breakpoint !== undefined){
let data3 = data.prompt_cache_breakpoint;
const _errs12 = errors;
if(errors === _errs12){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing2;
if((data3.mode === undefined) && (missing2 = "mode")){
validate21.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data3){
if(!(key1 === "mode")){
validate21.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data3.mode !== undefined){
if("explicit" !== data3.mode){
validate21.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint/mode",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/properties/mode/const",keyword:"const",params:{allowedValue: "explicit"},message:"must be equal to constant"}];
return false;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs12 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/$defs/textPart/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate21.errors = vErrors;
return false;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs16 = errors;
const _errs17 = errors;
let valid6 = true;
const _errs18 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.type !== undefined){
if("refusal" !== data.type){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs18 === errors;
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if(((data.type === undefined) && (missing4 = "type")) || ((data.refusal === undefined) && (missing4 = "refusal"))){
validate21.errors = [{instancePath,schemaPath:"#/$defs/refusalPart/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs23 = errors;
for(const key2 in data){
if(!((key2 === "type") || (key2 === "refusal"))){
validate21.errors = [{instancePath,schemaPath:"#/$defs/refusalPart/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs23 === errors){
if(data.type !== undefined){
const _errs24 = errors;
if("refusal" !== data.type){
validate21.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/refusalPart/properties/type/const",keyword:"const",params:{allowedValue: "refusal"},message:"must be equal to constant"}];
return false;
}
var valid9 = _errs24 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.refusal !== undefined){
let data7 = data.refusal;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data7 === "string"){
if(data7.length > 1000000 && func3(data7) > 1000000){
validate21.errors = [{instancePath:instancePath+"/refusal",schemaPath:"#/$defs/refusalPart/properties/refusal/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/refusal",schemaPath:"#/$defs/refusalPart/properties/refusal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs25 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/$defs/refusalPart/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid1 = _errs20 === errors;
valid6 = _valid1;
}
if(!valid6){
const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate21.errors = vErrors;
return false;
}
var valid0 = _errs16 === errors;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.type === undefined) && (missing5 = "type")){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data8 = data.type;
if(typeof data8 !== "string"){
validate21.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data8 === "text") || (data8 === "refusal"))){
validate21.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema24.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.role === undefined) && (missing0 = "role")){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "role") || (key0 === "content")) || (key0 === "name")) || (key0 === "refusal")) || (key0 === "audio")) || (key0 === "tool_calls")) || (key0 === "function_call"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.role !== undefined){
const _errs2 = errors;
if("assistant" !== data.role){
validate20.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/const",keyword:"const",params:{allowedValue: "assistant"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data1 = data.content;
const _errs3 = errors;
const _errs4 = errors;
let valid1 = true;
const _errs5 = errors;
if(typeof data1 !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs5 === errors;
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(data1.length > 1000000 && func3(data1) > 1000000){
validate20.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/then/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid0 = _errs7 === errors;
valid1 = _valid0;
ifClause0 = "then";
}
else {
const _errs9 = errors;
if((!(Array.isArray(data1))) && (data1 !== null)){
validate20.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/else/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
if(errors === _errs9){
if(Array.isArray(data1)){
if(data1.length > 256){
validate20.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/else/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs12 = errors;
if(!(validate21(data1[i0], {instancePath:instancePath+"/content/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid2 = _errs12 === errors;
if(!valid2){
break;
}
}
}
}
}
var _valid0 = _errs9 === errors;
valid1 = _valid0;
ifClause0 = "else";
}
if(!valid1){
const err1 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate20.errors = vErrors;
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data3 = data.name;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data3 === "string"){
if(data3.length > 256 && func3(data3) > 256){
validate20.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data3.length < 1 || (data3.length < 2 * 1 && func3(data3) < 1)){
validate20.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.refusal !== undefined){
let data4 = data.refusal;
const _errs15 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate20.errors = [{instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs15){
if(typeof data4 === "string"){
if(data4.length > 1000000 && func3(data4) > 1000000){
validate20.errors = [{instancePath:instancePath+"/refusal",schemaPath:"#/properties/refusal/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.audio !== undefined){
let data5 = data.audio;
const _errs18 = errors;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)){
validate20.errors = [{instancePath:instancePath+"/audio",schemaPath:"#/properties/audio/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs18){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if((data5.id === undefined) && (missing1 = "id")){
validate20.errors = [{instancePath:instancePath+"/audio",schemaPath:"#/properties/audio/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs21 = errors;
for(const key1 in data5){
if(!(key1 === "id")){
validate20.errors = [{instancePath:instancePath+"/audio",schemaPath:"#/properties/audio/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs21 === errors){
if(data5.id !== undefined){
let data6 = data5.id;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data6 === "string"){
if(data6.length > 512 && func3(data6) > 512){
validate20.errors = [{instancePath:instancePath+"/audio/id",schemaPath:"#/properties/audio/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data6.length < 1 || (data6.length < 2 * 1 && func3(data6) < 1)){
validate20.errors = [{instancePath:instancePath+"/audio/id",schemaPath:"#/properties/audio/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/audio/id",schemaPath:"#/properties/audio/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool_calls !== undefined){
let data7 = data.tool_calls;
const _errs24 = errors;
if(errors === _errs24){
if(Array.isArray(data7)){
if(data7.length > 256){
validate20.errors = [{instancePath:instancePath+"/tool_calls",schemaPath:"#/properties/tool_calls/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
var valid4 = true;
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
const _errs26 = errors;
const _errs27 = errors;
const _errs29 = errors;
const _errs30 = errors;
let valid7 = true;
const _errs31 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing2;
if((data8.type === undefined) && (missing2 = "type")){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
if(data8.type !== undefined){
if("function" !== data8.type){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
var _valid1 = _errs31 === errors;
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs33 = errors;
if(errors === _errs33){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing3;
if((((data8.id === undefined) && (missing3 = "id")) || ((data8.type === undefined) && (missing3 = "type"))) || ((data8.function === undefined) && (missing3 = "function"))){
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1,schemaPath:"#/$defs/toolCall/allOf/0/then/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs35 = errors;
for(const key2 in data8){
if(!(((key2 === "id") || (key2 === "type")) || (key2 === "function"))){
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1,schemaPath:"#/$defs/toolCall/allOf/0/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs35 === errors){
if(data8.id !== undefined){
let data10 = data8.id;
const _errs36 = errors;
if(errors === _errs36){
if(typeof data10 === "string"){
if(data10.length > 512 && func3(data10) > 512){
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/id",schemaPath:"#/$defs/toolCall/allOf/0/then/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data10.length < 1 || (data10.length < 2 * 1 && func3(data10) < 1)){
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/id",schemaPath:"#/$defs/toolCall/allOf/0/then/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/id",schemaPath:"#/$defs/toolCall/allOf/0/then/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs36 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data8.type !== undefined){
const _errs38 = errors;
if("function" !== data8.type){
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/type",schemaPath:"#/$defs/toolCall/allOf/0/then/properties/type/const",keyword:"const",params:{allowedValue: "function"},message:"must be equal to constant"}];
return false;
}
var valid9 = _errs38 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data8.function !== undefined){
let data12 = data8.function;
const _errs39 = errors;
if(errors === _errs39){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing4;
if(((data12.name === undefined) && (missing4 = "name")) || ((data12.arguments === undefined) && (missing4 = "arguments"))){
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/function",schemaPath:"#/$defs/toolCall/allOf/0/then/properties/function/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs41 = errors;
for(const key3 in data12){
if(!((key3 === "name") || (key3 === "arguments"))){
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/function",schemaPath:"#/$defs/toolCall/allOf/0/then/properties/function/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs41 === errors){
if(data12.name !== undefined){
let data13 = data12.name;
const _errs42 = errors;
if(errors === _errs42){
if(typeof data13 === "string"){
if(!pattern1.test(data13)){
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/function/name",schemaPath:"#/$defs/toolCall/allOf/0/then/properties/function/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,64}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,64}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/function/name",schemaPath:"#/$defs/toolCall/allOf/0/then/properties/function/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs42 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data12.arguments !== undefined){
let data14 = data12.arguments;
const _errs44 = errors;
if(errors === _errs44){
if(typeof data14 === "string"){
if(data14.length > 1000000 && func3(data14) > 1000000){
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/function/arguments",schemaPath:"#/$defs/toolCall/allOf/0/then/properties/function/properties/arguments/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/function/arguments",schemaPath:"#/$defs/toolCall/allOf/0/then/properties/function/properties/arguments/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs44 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/function",schemaPath:"#/$defs/toolCall/allOf/0/then/properties/function/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs39 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1,schemaPath:"#/$defs/toolCall/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid1 = _errs33 === errors;
valid7 = _valid1;
}
if(!valid7){
const err4 = {instancePath:instancePath+"/tool_calls/" + i1,schemaPath:"#/$defs/toolCall/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate20.errors = vErrors;
return false;
}
var valid6 = _errs29 === errors;
if(valid6){
const _errs46 = errors;
const _errs47 = errors;
let valid11 = true;
const _errs48 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing5;
if((data8.type === undefined) && (missing5 = "type")){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
if(data8.type !== undefined){
if("custom" !== data8.type){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
var _valid2 = _errs48 === errors;
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs50 = errors;
if(errors === _errs50){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing6;
if((((data8.id === undefined) && (missing6 = "id")) || ((data8.type === undefined) && (missing6 = "type"))) || ((data8.custom === undefined) && (missing6 = "custom"))){
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1,schemaPath:"#/$defs/toolCall/allOf/1/then/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs52 = errors;
for(const key4 in data8){
if(!(((key4 === "id") || (key4 === "type")) || (key4 === "custom"))){
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1,schemaPath:"#/$defs/toolCall/allOf/1/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs52 === errors){
if(data8.id !== undefined){
let data16 = data8.id;
const _errs53 = errors;
if(errors === _errs53){
if(typeof data16 === "string"){
if(data16.length > 512 && func3(data16) > 512){
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/id",schemaPath:"#/$defs/toolCall/allOf/1/then/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data16.length < 1 || (data16.length < 2 * 1 && func3(data16) < 1)){
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/id",schemaPath:"#/$defs/toolCall/allOf/1/then/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/id",schemaPath:"#/$defs/toolCall/allOf/1/then/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid13 = _errs53 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data8.type !== undefined){
const _errs55 = errors;
if("custom" !== data8.type){
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/type",schemaPath:"#/$defs/toolCall/allOf/1/then/properties/type/const",keyword:"const",params:{allowedValue: "custom"},message:"must be equal to constant"}];
return false;
}
var valid13 = _errs55 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data8.custom !== undefined){
let data18 = data8.custom;
const _errs56 = errors;
if(errors === _errs56){
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
let missing7;
if(((data18.name === undefined) && (missing7 = "name")) || ((data18.input === undefined) && (missing7 = "input"))){
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/custom",schemaPath:"#/$defs/toolCall/allOf/1/then/properties/custom/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
const _errs58 = errors;
for(const key5 in data18){
if(!((key5 === "name") || (key5 === "input"))){
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/custom",schemaPath:"#/$defs/toolCall/allOf/1/then/properties/custom/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs58 === errors){
if(data18.name !== undefined){
let data19 = data18.name;
const _errs59 = errors;
if(errors === _errs59){
if(typeof data19 === "string"){
if(!pattern1.test(data19)){
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/custom/name",schemaPath:"#/$defs/toolCall/allOf/1/then/properties/custom/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,64}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,64}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/custom/name",schemaPath:"#/$defs/toolCall/allOf/1/then/properties/custom/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs59 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data18.input !== undefined){
let data20 = data18.input;
const _errs61 = errors;
if(errors === _errs61){
if(typeof data20 === "string"){
if(data20.length > 1000000 && func3(data20) > 1000000){
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/custom/input",schemaPath:"#/$defs/toolCall/allOf/1/then/properties/custom/properties/input/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/custom/input",schemaPath:"#/$defs/toolCall/allOf/1/then/properties/custom/properties/input/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs61 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/custom",schemaPath:"#/$defs/toolCall/allOf/1/then/properties/custom/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid13 = _errs56 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1,schemaPath:"#/$defs/toolCall/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid2 = _errs50 === errors;
valid11 = _valid2;
}
if(!valid11){
const err7 = {instancePath:instancePath+"/tool_calls/" + i1,schemaPath:"#/$defs/toolCall/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate20.errors = vErrors;
return false;
}
var valid6 = _errs46 === errors;
}
if(errors === _errs27){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing8;
if((data8.type === undefined) && (missing8 = "type")){
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1,schemaPath:"#/$defs/toolCall/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
return false;
}
else {
if(data8.type !== undefined){
let data21 = data8.type;
if(typeof data21 !== "string"){
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/type",schemaPath:"#/$defs/toolCall/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data21 === "function") || (data21 === "custom"))){
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1+"/type",schemaPath:"#/$defs/toolCall/properties/type/enum",keyword:"enum",params:{allowedValues: schema27.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tool_calls/" + i1,schemaPath:"#/$defs/toolCall/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs26 === errors;
if(!valid4){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tool_calls",schemaPath:"#/properties/tool_calls/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.function_call !== undefined){
let data22 = data.function_call;
const _errs65 = errors;
if((!(data22 && typeof data22 == "object" && !Array.isArray(data22))) && (data22 !== null)){
validate20.errors = [{instancePath:instancePath+"/function_call",schemaPath:"#/properties/function_call/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs65){
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
let missing9;
if(((data22.name === undefined) && (missing9 = "name")) || ((data22.arguments === undefined) && (missing9 = "arguments"))){
validate20.errors = [{instancePath:instancePath+"/function_call",schemaPath:"#/properties/function_call/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
return false;
}
else {
const _errs68 = errors;
for(const key6 in data22){
if(!((key6 === "name") || (key6 === "arguments"))){
validate20.errors = [{instancePath:instancePath+"/function_call",schemaPath:"#/properties/function_call/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs68 === errors){
if(data22.name !== undefined){
let data23 = data22.name;
const _errs69 = errors;
if(errors === _errs69){
if(typeof data23 === "string"){
if(!pattern1.test(data23)){
validate20.errors = [{instancePath:instancePath+"/function_call/name",schemaPath:"#/properties/function_call/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,64}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,64}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/function_call/name",schemaPath:"#/properties/function_call/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid16 = _errs69 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data22.arguments !== undefined){
let data24 = data22.arguments;
const _errs71 = errors;
if(errors === _errs71){
if(typeof data24 === "string"){
if(data24.length > 1000000 && func3(data24) > 1000000){
validate20.errors = [{instancePath:instancePath+"/function_call/arguments",schemaPath:"#/properties/function_call/properties/arguments/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/function_call/arguments",schemaPath:"#/properties/function_call/properties/arguments/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid16 = _errs71 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
}
var valid0 = _errs65 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}

const schema28 = shippedSchemas["openai.chat"]["$defs"]["toolMessage"];

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.role === undefined) && (missing0 = "role")) || ((data.content === undefined) && (missing0 = "content"))) || ((data.tool_call_id === undefined) && (missing0 = "tool_call_id"))){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "role") || (key0 === "content")) || (key0 === "tool_call_id"))){
validate24.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.role !== undefined){
const _errs2 = errors;
if("tool" !== data.role){
validate24.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/const",keyword:"const",params:{allowedValue: "tool"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data1 = data.content;
const _errs3 = errors;
const _errs4 = errors;
let valid1 = true;
const _errs5 = errors;
if(typeof data1 !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs5 === errors;
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(data1.length > 1000000 && func3(data1) > 1000000){
validate24.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/then/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid0 = _errs7 === errors;
valid1 = _valid0;
ifClause0 = "then";
}
else {
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data1)){
if(data1.length > 256){
validate24.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/else/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
if(data1.length < 1){
validate24.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.type === undefined) && (missing1 = "type")) || ((data2.text === undefined) && (missing1 = "text"))){
validate24.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/textPart/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data2){
if(!(((key1 === "type") || (key1 === "text")) || (key1 === "prompt_cache_breakpoint"))){
validate24.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/textPart/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data2.type !== undefined){
const _errs15 = errors;
if("text" !== data2.type){
validate24.errors = [{instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/textPart/properties/type/const",keyword:"const",params:{allowedValue: "text"},message:"must be equal to constant"}];
return false;
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.text !== undefined){
let data4 = data2.text;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data4 === "string"){
if(data4.length > 1000000 && func3(data4) > 1000000){
validate24.errors = [{instancePath:instancePath+"/content/" + i0+"/text",schemaPath:"#/$defs/textPart/properties/text/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/content/" + i0+"/text",schemaPath:"#/$defs/textPart/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.prompt_cache_breakpoint !== undefined){
let data5 = data2.prompt_cache_breakpoint;
const _errs18 = errors;
if(errors === _errs18){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing2;
if((data5.mode === undefined) && (missing2 = "mode")){
validate24.errors = [{instancePath:instancePath+"/content/" + i0+"/prompt_cache_breakpoint",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs20 = errors;
for(const key2 in data5){
if(!(key2 === "mode")){
validate24.errors = [{instancePath:instancePath+"/content/" + i0+"/prompt_cache_breakpoint",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs20 === errors){
if(data5.mode !== undefined){
if("explicit" !== data5.mode){
validate24.errors = [{instancePath:instancePath+"/content/" + i0+"/prompt_cache_breakpoint/mode",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/properties/mode/const",keyword:"const",params:{allowedValue: "explicit"},message:"must be equal to constant"}];
return false;
}
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/content/" + i0+"/prompt_cache_breakpoint",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/textPart/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs11 === errors;
if(!valid2){
break;
}
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/else/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var _valid0 = _errs9 === errors;
valid1 = _valid0;
ifClause0 = "else";
}
if(!valid1){
const err1 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate24.errors = vErrors;
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool_call_id !== undefined){
let data7 = data.tool_call_id;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data7 === "string"){
if(data7.length > 512 && func3(data7) > 512){
validate24.errors = [{instancePath:instancePath+"/tool_call_id",schemaPath:"#/properties/tool_call_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data7.length < 1 || (data7.length < 2 * 1 && func3(data7) < 1)){
validate24.errors = [{instancePath:instancePath+"/tool_call_id",schemaPath:"#/properties/tool_call_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/tool_call_id",schemaPath:"#/properties/tool_call_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.role === undefined) && (missing0 = "role")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.role !== undefined){
if("system" !== data.role){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(!(validate12(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate11.errors = vErrors;
return false;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs6 = errors;
const _errs7 = errors;
let valid3 = true;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.role === undefined) && (missing1 = "role")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.role !== undefined){
if("developer" !== data.role){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs8 === errors;
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs10 = errors;
if(!(validate14(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
var _valid1 = _errs10 === errors;
valid3 = _valid1;
}
if(!valid3){
const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate11.errors = vErrors;
return false;
}
var valid0 = _errs6 === errors;
if(valid0){
const _errs11 = errors;
const _errs12 = errors;
let valid5 = true;
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.role === undefined) && (missing2 = "role")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.role !== undefined){
if("user" !== data.role){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
var _valid2 = _errs13 === errors;
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs15 = errors;
if(!(validate16(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
var _valid2 = _errs15 === errors;
valid5 = _valid2;
}
if(!valid5){
const err8 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate11.errors = vErrors;
return false;
}
var valid0 = _errs11 === errors;
if(valid0){
const _errs16 = errors;
const _errs17 = errors;
let valid7 = true;
const _errs18 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.role === undefined) && (missing3 = "role")){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(data.role !== undefined){
if("assistant" !== data.role){
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
}
}
var _valid3 = _errs18 === errors;
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs20 = errors;
if(!(validate20(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
var _valid3 = _errs20 === errors;
valid7 = _valid3;
}
if(!valid7){
const err11 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate11.errors = vErrors;
return false;
}
var valid0 = _errs16 === errors;
if(valid0){
const _errs21 = errors;
const _errs22 = errors;
let valid9 = true;
const _errs23 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.role === undefined) && (missing4 = "role")){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
if(data.role !== undefined){
if("tool" !== data.role){
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
}
}
var _valid4 = _errs23 === errors;
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs25 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid4 = _errs25 === errors;
valid9 = _valid4;
}
if(!valid9){
const err14 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate11.errors = vErrors;
return false;
}
var valid0 = _errs21 === errors;
if(valid0){
const _errs26 = errors;
const _errs27 = errors;
let valid11 = true;
const _errs28 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.role === undefined) && (missing5 = "role")){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
if(data.role !== undefined){
if("function" !== data.role){
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
}
}
var _valid5 = _errs28 === errors;
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs30 = errors;
const _errs31 = errors;
if(errors === _errs31){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((((data.role === undefined) && (missing6 = "role")) || ((data.content === undefined) && (missing6 = "content"))) || ((data.name === undefined) && (missing6 = "name"))){
validate11.errors = [{instancePath,schemaPath:"#/$defs/functionMessage/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs33 = errors;
for(const key0 in data){
if(!(((key0 === "role") || (key0 === "content")) || (key0 === "name"))){
validate11.errors = [{instancePath,schemaPath:"#/$defs/functionMessage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs33 === errors){
if(data.role !== undefined){
const _errs34 = errors;
if("function" !== data.role){
validate11.errors = [{instancePath:instancePath+"/role",schemaPath:"#/$defs/functionMessage/properties/role/const",keyword:"const",params:{allowedValue: "function"},message:"must be equal to constant"}];
return false;
}
var valid14 = _errs34 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.content !== undefined){
let data7 = data.content;
const _errs35 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate11.errors = [{instancePath:instancePath+"/content",schemaPath:"#/$defs/functionMessage/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs35){
if(typeof data7 === "string"){
if(data7.length > 1000000 && func3(data7) > 1000000){
validate11.errors = [{instancePath:instancePath+"/content",schemaPath:"#/$defs/functionMessage/properties/content/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
}
var valid14 = _errs35 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.name !== undefined){
let data8 = data.name;
const _errs38 = errors;
if(errors === _errs38){
if(typeof data8 === "string"){
if(!pattern1.test(data8)){
validate11.errors = [{instancePath:instancePath+"/name",schemaPath:"#/$defs/functionMessage/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,64}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,64}$"+"\""}];
return false;
}
}
else {
validate11.errors = [{instancePath:instancePath+"/name",schemaPath:"#/$defs/functionMessage/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs38 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/$defs/functionMessage/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid5 = _errs30 === errors;
valid11 = _valid5;
}
if(!valid11){
const err17 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
validate11.errors = vErrors;
return false;
}
var valid0 = _errs26 === errors;
}
}
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.role === undefined) && (missing7 = "role")){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
if(data.role !== undefined){
let data9 = data.role;
if(typeof data9 !== "string"){
validate11.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data9 === "system") || (data9 === "developer")) || (data9 === "user")) || (data9 === "assistant")) || (data9 === "tool")) || (data9 === "function"))){
validate11.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema12.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}

const schema31 = shippedSchemas["openai.chat"]["$defs"]["moderation"];
const schema32 = shippedSchemas["openai.chat"]["$defs"]["moderationMode"];

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.model === undefined) && (missing0 = "model")){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!((key0 === "model") || (key0 === "policy"))){
validate27.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.model !== undefined){
let data0 = data.model;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(data0.length > 256 && func3(data0) > 256){
validate27.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data0.length < 1 || (data0.length < 2 * 1 && func3(data0) < 1)){
validate27.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate27.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/pattern",keyword:"pattern",params:{pattern: "^[\\x21-\\x7E]+$"},message:"must match pattern \""+"^[\\x21-\\x7E]+$"+"\""}];
return false;
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.policy !== undefined){
let data1 = data.policy;
const _errs5 = errors;
if((!(data1 && typeof data1 == "object" && !Array.isArray(data1))) && (data1 !== null)){
validate27.errors = [{instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs5){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
const _errs8 = errors;
for(const key1 in data1){
if(!((key1 === "input") || (key1 === "output"))){
validate27.errors = [{instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs8 === errors){
if(data1.input !== undefined){
let data2 = data1.input;
const _errs9 = errors;
const _errs10 = errors;
if((!(data2 && typeof data2 == "object" && !Array.isArray(data2))) && (data2 !== null)){
validate27.errors = [{instancePath:instancePath+"/policy/input",schemaPath:"#/$defs/moderationMode/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs10){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.mode === undefined) && (missing1 = "mode")){
validate27.errors = [{instancePath:instancePath+"/policy/input",schemaPath:"#/$defs/moderationMode/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs13 = errors;
for(const key2 in data2){
if(!(key2 === "mode")){
validate27.errors = [{instancePath:instancePath+"/policy/input",schemaPath:"#/$defs/moderationMode/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs13 === errors){
if(data2.mode !== undefined){
let data3 = data2.mode;
if(typeof data3 !== "string"){
validate27.errors = [{instancePath:instancePath+"/policy/input/mode",schemaPath:"#/$defs/moderationMode/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data3 === "score") || (data3 === "block"))){
validate27.errors = [{instancePath:instancePath+"/policy/input/mode",schemaPath:"#/$defs/moderationMode/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.output !== undefined){
let data4 = data1.output;
const _errs16 = errors;
const _errs17 = errors;
if((!(data4 && typeof data4 == "object" && !Array.isArray(data4))) && (data4 !== null)){
validate27.errors = [{instancePath:instancePath+"/policy/output",schemaPath:"#/$defs/moderationMode/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs17){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing2;
if((data4.mode === undefined) && (missing2 = "mode")){
validate27.errors = [{instancePath:instancePath+"/policy/output",schemaPath:"#/$defs/moderationMode/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs20 = errors;
for(const key3 in data4){
if(!(key3 === "mode")){
validate27.errors = [{instancePath:instancePath+"/policy/output",schemaPath:"#/$defs/moderationMode/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs20 === errors){
if(data4.mode !== undefined){
let data5 = data4.mode;
if(typeof data5 !== "string"){
validate27.errors = [{instancePath:instancePath+"/policy/output/mode",schemaPath:"#/$defs/moderationMode/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data5 === "score") || (data5 === "block"))){
validate27.errors = [{instancePath:instancePath+"/policy/output/mode",schemaPath:"#/$defs/moderationMode/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
}
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
validate27.errors = vErrors;
return errors === 0;
}

const schema37 = shippedSchemas["openai.chat"]["$defs"]["tool"];
const schema38 = shippedSchemas["openai.chat"]["$defs"]["customToolFormat"];

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined){
if("function" !== data.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(errors === _errs5){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.type === undefined) && (missing1 = "type")) || ((data.function === undefined) && (missing1 = "function"))){
validate29.errors = [{instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs7 = errors;
for(const key0 in data){
if(!((key0 === "type") || (key0 === "function"))){
validate29.errors = [{instancePath,schemaPath:"#/allOf/0/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs7 === errors){
if(data.type !== undefined){
const _errs8 = errors;
if("function" !== data.type){
validate29.errors = [{instancePath:instancePath+"/type",schemaPath:"#/allOf/0/then/properties/type/const",keyword:"const",params:{allowedValue: "function"},message:"must be equal to constant"}];
return false;
}
var valid3 = _errs8 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.function !== undefined){
let data2 = data.function;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if((data2.name === undefined) && (missing2 = "name")){
validate29.errors = [{instancePath:instancePath+"/function",schemaPath:"#/allOf/0/then/properties/function/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs11 = errors;
for(const key1 in data2){
if(!((((key1 === "name") || (key1 === "description")) || (key1 === "parameters")) || (key1 === "strict"))){
validate29.errors = [{instancePath:instancePath+"/function",schemaPath:"#/allOf/0/then/properties/function/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs11 === errors){
if(data2.name !== undefined){
let data3 = data2.name;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data3 === "string"){
if(!pattern1.test(data3)){
validate29.errors = [{instancePath:instancePath+"/function/name",schemaPath:"#/allOf/0/then/properties/function/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,64}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,64}$"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/function/name",schemaPath:"#/allOf/0/then/properties/function/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs12 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.description !== undefined){
let data4 = data2.description;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data4 === "string"){
if(data4.length > 1000000 && func3(data4) > 1000000){
validate29.errors = [{instancePath:instancePath+"/function/description",schemaPath:"#/allOf/0/then/properties/function/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/function/description",schemaPath:"#/allOf/0/then/properties/function/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.parameters !== undefined){
let data5 = data2.parameters;
const _errs16 = errors;
if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){
validate29.errors = [{instancePath:instancePath+"/function/parameters",schemaPath:"#/allOf/0/then/properties/function/properties/parameters/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.strict !== undefined){
let data6 = data2.strict;
const _errs18 = errors;
if((typeof data6 !== "boolean") && (data6 !== null)){
validate29.errors = [{instancePath:instancePath+"/function/strict",schemaPath:"#/allOf/0/then/properties/function/properties/strict/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/function",schemaPath:"#/allOf/0/then/properties/function/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate29.errors = vErrors;
return false;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs21 = errors;
const _errs22 = errors;
let valid5 = true;
const _errs23 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.type !== undefined){
if("custom" !== data.type){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs23 === errors;
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs25 = errors;
if(errors === _errs25){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if(((data.type === undefined) && (missing4 = "type")) || ((data.custom === undefined) && (missing4 = "custom"))){
validate29.errors = [{instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs27 = errors;
for(const key2 in data){
if(!((key2 === "type") || (key2 === "custom"))){
validate29.errors = [{instancePath,schemaPath:"#/allOf/1/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs27 === errors){
if(data.type !== undefined){
const _errs28 = errors;
if("custom" !== data.type){
validate29.errors = [{instancePath:instancePath+"/type",schemaPath:"#/allOf/1/then/properties/type/const",keyword:"const",params:{allowedValue: "custom"},message:"must be equal to constant"}];
return false;
}
var valid7 = _errs28 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.custom !== undefined){
let data9 = data.custom;
const _errs29 = errors;
if(errors === _errs29){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing5;
if((data9.name === undefined) && (missing5 = "name")){
validate29.errors = [{instancePath:instancePath+"/custom",schemaPath:"#/allOf/1/then/properties/custom/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs31 = errors;
for(const key3 in data9){
if(!(((key3 === "name") || (key3 === "description")) || (key3 === "format"))){
validate29.errors = [{instancePath:instancePath+"/custom",schemaPath:"#/allOf/1/then/properties/custom/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs31 === errors){
if(data9.name !== undefined){
let data10 = data9.name;
const _errs32 = errors;
if(errors === _errs32){
if(typeof data10 === "string"){
if(!pattern1.test(data10)){
validate29.errors = [{instancePath:instancePath+"/custom/name",schemaPath:"#/allOf/1/then/properties/custom/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,64}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,64}$"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/custom/name",schemaPath:"#/allOf/1/then/properties/custom/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs32 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data9.description !== undefined){
let data11 = data9.description;
const _errs34 = errors;
if(errors === _errs34){
if(typeof data11 === "string"){
if(data11.length > 1000000 && func3(data11) > 1000000){
validate29.errors = [{instancePath:instancePath+"/custom/description",schemaPath:"#/allOf/1/then/properties/custom/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/custom/description",schemaPath:"#/allOf/1/then/properties/custom/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs34 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data9.format !== undefined){
let data12 = data9.format;
const _errs36 = errors;
const _errs37 = errors;
const _errs39 = errors;
const _errs40 = errors;
let valid11 = true;
const _errs41 = errors;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing6;
if((data12.type === undefined) && (missing6 = "type")){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
if(data12.type !== undefined){
if("text" !== data12.type){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
var _valid2 = _errs41 === errors;
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs43 = errors;
if(errors === _errs43){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
const _errs45 = errors;
for(const key4 in data12){
if(!(key4 === "type")){
validate29.errors = [{instancePath:instancePath+"/custom/format",schemaPath:"#/$defs/customToolFormat/allOf/0/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs45 === errors){
if(data12.type !== undefined){
if("text" !== data12.type){
validate29.errors = [{instancePath:instancePath+"/custom/format/type",schemaPath:"#/$defs/customToolFormat/allOf/0/then/properties/type/const",keyword:"const",params:{allowedValue: "text"},message:"must be equal to constant"}];
return false;
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/custom/format",schemaPath:"#/$defs/customToolFormat/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid2 = _errs43 === errors;
valid11 = _valid2;
}
if(!valid11){
const err7 = {instancePath:instancePath+"/custom/format",schemaPath:"#/$defs/customToolFormat/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate29.errors = vErrors;
return false;
}
var valid10 = _errs39 === errors;
if(valid10){
const _errs47 = errors;
const _errs48 = errors;
let valid14 = true;
const _errs49 = errors;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing7;
if((data12.type === undefined) && (missing7 = "type")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data12.type !== undefined){
if("grammar" !== data12.type){
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
}
}
var _valid3 = _errs49 === errors;
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs51 = errors;
if(errors === _errs51){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing8;
if(((data12.type === undefined) && (missing8 = "type")) || ((data12.grammar === undefined) && (missing8 = "grammar"))){
validate29.errors = [{instancePath:instancePath+"/custom/format",schemaPath:"#/$defs/customToolFormat/allOf/1/then/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
return false;
}
else {
const _errs53 = errors;
for(const key5 in data12){
if(!((key5 === "type") || (key5 === "grammar"))){
validate29.errors = [{instancePath:instancePath+"/custom/format",schemaPath:"#/$defs/customToolFormat/allOf/1/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs53 === errors){
if(data12.type !== undefined){
const _errs54 = errors;
if("grammar" !== data12.type){
validate29.errors = [{instancePath:instancePath+"/custom/format/type",schemaPath:"#/$defs/customToolFormat/allOf/1/then/properties/type/const",keyword:"const",params:{allowedValue: "grammar"},message:"must be equal to constant"}];
return false;
}
var valid16 = _errs54 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data12.grammar !== undefined){
let data17 = data12.grammar;
const _errs55 = errors;
if(errors === _errs55){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
let missing9;
if(((data17.definition === undefined) && (missing9 = "definition")) || ((data17.syntax === undefined) && (missing9 = "syntax"))){
validate29.errors = [{instancePath:instancePath+"/custom/format/grammar",schemaPath:"#/$defs/customToolFormat/allOf/1/then/properties/grammar/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
return false;
}
else {
const _errs57 = errors;
for(const key6 in data17){
if(!((key6 === "definition") || (key6 === "syntax"))){
validate29.errors = [{instancePath:instancePath+"/custom/format/grammar",schemaPath:"#/$defs/customToolFormat/allOf/1/then/properties/grammar/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs57 === errors){
if(data17.definition !== undefined){
let data18 = data17.definition;
const _errs58 = errors;
if(errors === _errs58){
if(typeof data18 === "string"){
if(data18.length > 1000000 && func3(data18) > 1000000){
validate29.errors = [{instancePath:instancePath+"/custom/format/grammar/definition",schemaPath:"#/$defs/customToolFormat/allOf/1/then/properties/grammar/properties/definition/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/custom/format/grammar/definition",schemaPath:"#/$defs/customToolFormat/allOf/1/then/properties/grammar/properties/definition/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid17 = _errs58 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data17.syntax !== undefined){
let data19 = data17.syntax;
const _errs60 = errors;
if(typeof data19 !== "string"){
validate29.errors = [{instancePath:instancePath+"/custom/format/grammar/syntax",schemaPath:"#/$defs/customToolFormat/allOf/1/then/properties/grammar/properties/syntax/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data19 === "lark") || (data19 === "regex"))){
validate29.errors = [{instancePath:instancePath+"/custom/format/grammar/syntax",schemaPath:"#/$defs/customToolFormat/allOf/1/then/properties/grammar/properties/syntax/enum",keyword:"enum",params:{allowedValues: schema38.allOf[1].then.properties.grammar.properties.syntax.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid17 = _errs60 === errors;
}
else {
var valid17 = true;
}
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/custom/format/grammar",schemaPath:"#/$defs/customToolFormat/allOf/1/then/properties/grammar/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid16 = _errs55 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/custom/format",schemaPath:"#/$defs/customToolFormat/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid3 = _errs51 === errors;
valid14 = _valid3;
}
if(!valid14){
const err10 = {instancePath:instancePath+"/custom/format",schemaPath:"#/$defs/customToolFormat/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate29.errors = vErrors;
return false;
}
var valid10 = _errs47 === errors;
}
if(errors === _errs37){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing10;
if((data12.type === undefined) && (missing10 = "type")){
validate29.errors = [{instancePath:instancePath+"/custom/format",schemaPath:"#/$defs/customToolFormat/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"}];
return false;
}
else {
if(data12.type !== undefined){
let data20 = data12.type;
if(typeof data20 !== "string"){
validate29.errors = [{instancePath:instancePath+"/custom/format/type",schemaPath:"#/$defs/customToolFormat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data20 === "text") || (data20 === "grammar"))){
validate29.errors = [{instancePath:instancePath+"/custom/format/type",schemaPath:"#/$defs/customToolFormat/properties/type/enum",keyword:"enum",params:{allowedValues: schema38.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/custom/format",schemaPath:"#/$defs/customToolFormat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid8 = _errs36 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/custom",schemaPath:"#/allOf/1/then/properties/custom/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid7 = _errs29 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid1 = _errs25 === errors;
valid5 = _valid1;
}
if(!valid5){
const err11 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate29.errors = vErrors;
return false;
}
var valid0 = _errs21 === errors;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if((data.type === undefined) && (missing11 = "type")){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data21 = data.type;
if(typeof data21 !== "string"){
validate29.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data21 === "function") || (data21 === "custom"))){
validate29.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema37.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://tollgate.dev/schemas/openai.chat.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.model === undefined) && (missing0 = "model")) || ((data.messages === undefined) && (missing0 = "messages"))){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.model !== undefined){
let data0 = data.model;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 256 && func3(data0) > 256){
validate10.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data0.length < 1 || (data0.length < 2 * 1 && func3(data0) < 1)){
validate10.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate10.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/pattern",keyword:"pattern",params:{pattern: "^[\\x21-\\x7E]+$"},message:"must match pattern \""+"^[\\x21-\\x7E]+$"+"\""}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messages !== undefined){
let data1 = data.messages;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
if(data1.length > 2048){
validate10.errors = [{instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/maxItems",keyword:"maxItems",params:{limit: 2048},message:"must NOT have more than 2048 items"}];
return false;
}
else {
if(data1.length < 1){
validate10.errors = [{instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs6 = errors;
if(!(validate11(data1[i0], {instancePath:instancePath+"/messages/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.audio !== undefined){
let data3 = data.audio;
const _errs7 = errors;
if((!(data3 && typeof data3 == "object" && !Array.isArray(data3))) && (data3 !== null)){
validate10.errors = [{instancePath:instancePath+"/audio",schemaPath:"#/properties/audio/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs7){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.format === undefined) && (missing1 = "format")) || ((data3.voice === undefined) && (missing1 = "voice"))){
validate10.errors = [{instancePath:instancePath+"/audio",schemaPath:"#/properties/audio/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs10 = errors;
for(const key1 in data3){
if(!((key1 === "format") || (key1 === "voice"))){
validate10.errors = [{instancePath:instancePath+"/audio",schemaPath:"#/properties/audio/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs10 === errors){
if(data3.format !== undefined){
let data4 = data3.format;
const _errs11 = errors;
if(typeof data4 !== "string"){
validate10.errors = [{instancePath:instancePath+"/audio/format",schemaPath:"#/properties/audio/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data4 === "wav") || (data4 === "aac")) || (data4 === "mp3")) || (data4 === "flac")) || (data4 === "opus")) || (data4 === "pcm16"))){
validate10.errors = [{instancePath:instancePath+"/audio/format",schemaPath:"#/properties/audio/properties/format/enum",keyword:"enum",params:{allowedValues: schema11.properties.audio.properties.format.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.voice !== undefined){
let data5 = data3.voice;
const _errs13 = errors;
const _errs14 = errors;
let valid3 = true;
const _errs15 = errors;
if(typeof data5 !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs15 === errors;
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs17 = errors;
if(errors === _errs17){
if(typeof data5 === "string"){
if(data5.length > 256 && func3(data5) > 256){
validate10.errors = [{instancePath:instancePath+"/audio/voice",schemaPath:"#/properties/audio/properties/voice/then/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data5.length < 1 || (data5.length < 2 * 1 && func3(data5) < 1)){
validate10.errors = [{instancePath:instancePath+"/audio/voice",schemaPath:"#/properties/audio/properties/voice/then/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/audio/voice",schemaPath:"#/properties/audio/properties/voice/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid0 = _errs17 === errors;
valid3 = _valid0;
ifClause0 = "then";
}
else {
const _errs19 = errors;
if(errors === _errs19){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing2;
if((data5.id === undefined) && (missing2 = "id")){
validate10.errors = [{instancePath:instancePath+"/audio/voice",schemaPath:"#/properties/audio/properties/voice/else/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs21 = errors;
for(const key2 in data5){
if(!(key2 === "id")){
validate10.errors = [{instancePath:instancePath+"/audio/voice",schemaPath:"#/properties/audio/properties/voice/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs21 === errors){
if(data5.id !== undefined){
let data6 = data5.id;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data6 === "string"){
if(data6.length > 512 && func3(data6) > 512){
validate10.errors = [{instancePath:instancePath+"/audio/voice/id",schemaPath:"#/properties/audio/properties/voice/else/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data6.length < 1 || (data6.length < 2 * 1 && func3(data6) < 1)){
validate10.errors = [{instancePath:instancePath+"/audio/voice/id",schemaPath:"#/properties/audio/properties/voice/else/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/audio/voice/id",schemaPath:"#/properties/audio/properties/voice/else/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/audio/voice",schemaPath:"#/properties/audio/properties/voice/else/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid0 = _errs19 === errors;
valid3 = _valid0;
ifClause0 = "else";
}
if(!valid3){
const err1 = {instancePath:instancePath+"/audio/voice",schemaPath:"#/properties/audio/properties/voice/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate10.errors = vErrors;
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.frequency_penalty !== undefined){
let data7 = data.frequency_penalty;
const _errs24 = errors;
if((!((typeof data7 == "number") && (isFinite(data7)))) && (data7 !== null)){
validate10.errors = [{instancePath:instancePath+"/frequency_penalty",schemaPath:"#/properties/frequency_penalty/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
if(errors === _errs24){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 2 || isNaN(data7)){
validate10.errors = [{instancePath:instancePath+"/frequency_penalty",schemaPath:"#/properties/frequency_penalty/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2"}];
return false;
}
else {
if(data7 < -2 || isNaN(data7)){
validate10.errors = [{instancePath:instancePath+"/frequency_penalty",schemaPath:"#/properties/frequency_penalty/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2},message:"must be >= -2"}];
return false;
}
}
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.function_call !== undefined){
let data8 = data.function_call;
const _errs27 = errors;
const _errs28 = errors;
let valid5 = true;
const _errs29 = errors;
if(typeof data8 !== "string"){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid1 = _errs29 === errors;
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs31 = errors;
if(typeof data8 !== "string"){
validate10.errors = [{instancePath:instancePath+"/function_call",schemaPath:"#/properties/function_call/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data8 === "none") || (data8 === "auto"))){
validate10.errors = [{instancePath:instancePath+"/function_call",schemaPath:"#/properties/function_call/then/enum",keyword:"enum",params:{allowedValues: schema11.properties.function_call.then.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var _valid1 = _errs31 === errors;
valid5 = _valid1;
ifClause1 = "then";
}
else {
const _errs33 = errors;
if(errors === _errs33){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing3;
if((data8.name === undefined) && (missing3 = "name")){
validate10.errors = [{instancePath:instancePath+"/function_call",schemaPath:"#/properties/function_call/else/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs35 = errors;
for(const key3 in data8){
if(!(key3 === "name")){
validate10.errors = [{instancePath:instancePath+"/function_call",schemaPath:"#/properties/function_call/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs35 === errors){
if(data8.name !== undefined){
let data9 = data8.name;
const _errs36 = errors;
if(errors === _errs36){
if(typeof data9 === "string"){
if(!pattern1.test(data9)){
validate10.errors = [{instancePath:instancePath+"/function_call/name",schemaPath:"#/properties/function_call/else/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,64}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,64}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/function_call/name",schemaPath:"#/properties/function_call/else/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/function_call",schemaPath:"#/properties/function_call/else/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid1 = _errs33 === errors;
valid5 = _valid1;
ifClause1 = "else";
}
if(!valid5){
const err3 = {instancePath:instancePath+"/function_call",schemaPath:"#/properties/function_call/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate10.errors = vErrors;
return false;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.functions !== undefined){
let data10 = data.functions;
const _errs38 = errors;
if(errors === _errs38){
if(Array.isArray(data10)){
if(data10.length > 128){
validate10.errors = [{instancePath:instancePath+"/functions",schemaPath:"#/properties/functions/maxItems",keyword:"maxItems",params:{limit: 128},message:"must NOT have more than 128 items"}];
return false;
}
else {
if(data10.length < 1){
validate10.errors = [{instancePath:instancePath+"/functions",schemaPath:"#/properties/functions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid7 = true;
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
const _errs40 = errors;
if(errors === _errs40){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing4;
if((data11.name === undefined) && (missing4 = "name")){
validate10.errors = [{instancePath:instancePath+"/functions/" + i1,schemaPath:"#/properties/functions/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs42 = errors;
for(const key4 in data11){
if(!((((key4 === "name") || (key4 === "description")) || (key4 === "parameters")) || (key4 === "strict"))){
validate10.errors = [{instancePath:instancePath+"/functions/" + i1,schemaPath:"#/properties/functions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs42 === errors){
if(data11.name !== undefined){
let data12 = data11.name;
const _errs43 = errors;
if(errors === _errs43){
if(typeof data12 === "string"){
if(!pattern1.test(data12)){
validate10.errors = [{instancePath:instancePath+"/functions/" + i1+"/name",schemaPath:"#/properties/functions/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,64}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,64}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/functions/" + i1+"/name",schemaPath:"#/properties/functions/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs43 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data11.description !== undefined){
let data13 = data11.description;
const _errs45 = errors;
if(errors === _errs45){
if(typeof data13 === "string"){
if(data13.length > 1000000 && func3(data13) > 1000000){
validate10.errors = [{instancePath:instancePath+"/functions/" + i1+"/description",schemaPath:"#/properties/functions/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/functions/" + i1+"/description",schemaPath:"#/properties/functions/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs45 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data11.parameters !== undefined){
let data14 = data11.parameters;
const _errs47 = errors;
if(!(data14 && typeof data14 == "object" && !Array.isArray(data14))){
validate10.errors = [{instancePath:instancePath+"/functions/" + i1+"/parameters",schemaPath:"#/properties/functions/items/properties/parameters/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid8 = _errs47 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data11.strict !== undefined){
let data15 = data11.strict;
const _errs49 = errors;
if((typeof data15 !== "boolean") && (data15 !== null)){
validate10.errors = [{instancePath:instancePath+"/functions/" + i1+"/strict",schemaPath:"#/properties/functions/items/properties/strict/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid8 = _errs49 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/functions/" + i1,schemaPath:"#/properties/functions/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid7 = _errs40 === errors;
if(!valid7){
break;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/functions",schemaPath:"#/properties/functions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.logit_bias !== undefined){
let data16 = data.logit_bias;
const _errs52 = errors;
if((!(data16 && typeof data16 == "object" && !Array.isArray(data16))) && (data16 !== null)){
validate10.errors = [{instancePath:instancePath+"/logit_bias",schemaPath:"#/properties/logit_bias/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs52){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(Object.keys(data16).length > 300){
validate10.errors = [{instancePath:instancePath+"/logit_bias",schemaPath:"#/properties/logit_bias/maxProperties",keyword:"maxProperties",params:{limit: 300},message:"must NOT have more than 300 properties"}];
return false;
}
else {
for(const key5 in data16){
const _errs55 = errors;
if(errors === _errs55){
if(typeof key5 === "string"){
if(!pattern7.test(key5)){
const err4 = {instancePath:instancePath+"/logit_bias",schemaPath:"#/properties/logit_bias/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,10}$"},message:"must match pattern \""+"^[0-9]{1,10}$"+"\"",propertyName:key5};
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
const err5 = {instancePath:instancePath+"/logit_bias",schemaPath:"#/properties/logit_bias/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key5};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var valid9 = _errs55 === errors;
if(!valid9){
const err6 = {instancePath:instancePath+"/logit_bias",schemaPath:"#/properties/logit_bias/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate10.errors = vErrors;
return false;
break;
}
}
if(valid9){
for(const key6 in data16){
let data17 = data16[key6];
const _errs58 = errors;
if(errors === _errs58){
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 100 || isNaN(data17)){
validate10.errors = [{instancePath:instancePath+"/logit_bias/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/logit_bias/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"}];
return false;
}
else {
if(data17 < -100 || isNaN(data17)){
validate10.errors = [{instancePath:instancePath+"/logit_bias/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/logit_bias/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -100},message:"must be >= -100"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/logit_bias/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/logit_bias/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid10 = _errs58 === errors;
if(!valid10){
break;
}
}
}
}
}
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.logprobs !== undefined){
let data18 = data.logprobs;
const _errs60 = errors;
if((typeof data18 !== "boolean") && (data18 !== null)){
validate10.errors = [{instancePath:instancePath+"/logprobs",schemaPath:"#/properties/logprobs/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs60 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.max_completion_tokens !== undefined){
let data19 = data.max_completion_tokens;
const _errs63 = errors;
if((!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))) && (data19 !== null)){
validate10.errors = [{instancePath:instancePath+"/max_completion_tokens",schemaPath:"#/properties/max_completion_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs63){
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 1 || isNaN(data19)){
validate10.errors = [{instancePath:instancePath+"/max_completion_tokens",schemaPath:"#/properties/max_completion_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs63 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.max_tokens !== undefined){
let data20 = data.max_tokens;
const _errs66 = errors;
if((!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))) && (data20 !== null)){
validate10.errors = [{instancePath:instancePath+"/max_tokens",schemaPath:"#/properties/max_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs66){
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 1 || isNaN(data20)){
validate10.errors = [{instancePath:instancePath+"/max_tokens",schemaPath:"#/properties/max_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs66 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metadata !== undefined){
let data21 = data.metadata;
const _errs69 = errors;
if((!(data21 && typeof data21 == "object" && !Array.isArray(data21))) && (data21 !== null)){
validate10.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs69){
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(Object.keys(data21).length > 16){
validate10.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/maxProperties",keyword:"maxProperties",params:{limit: 16},message:"must NOT have more than 16 properties"}];
return false;
}
else {
for(const key7 in data21){
const _errs72 = errors;
if(errors === _errs72){
if(typeof key7 === "string"){
if(key7.length > 64 && func3(key7) > 64){
const err7 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/propertyNames/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",propertyName:key7};
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
const err8 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key7};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var valid11 = _errs72 === errors;
if(!valid11){
const err9 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate10.errors = vErrors;
return false;
break;
}
}
if(valid11){
for(const key8 in data21){
let data22 = data21[key8];
const _errs75 = errors;
if(errors === _errs75){
if(typeof data22 === "string"){
if(data22.length > 512 && func3(data22) > 512){
validate10.errors = [{instancePath:instancePath+"/metadata/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/metadata/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid12 = _errs75 === errors;
if(!valid12){
break;
}
}
}
}
}
}
var valid0 = _errs69 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.modalities !== undefined){
let data23 = data.modalities;
const _errs77 = errors;
if((!(Array.isArray(data23))) && (data23 !== null)){
validate10.errors = [{instancePath:instancePath+"/modalities",schemaPath:"#/properties/modalities/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
if(errors === _errs77){
if(Array.isArray(data23)){
if(data23.length > 2){
validate10.errors = [{instancePath:instancePath+"/modalities",schemaPath:"#/properties/modalities/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"}];
return false;
}
else {
var valid13 = true;
const len2 = data23.length;
for(let i2=0; i2<len2; i2++){
let data24 = data23[i2];
const _errs80 = errors;
if(typeof data24 !== "string"){
validate10.errors = [{instancePath:instancePath+"/modalities/" + i2,schemaPath:"#/properties/modalities/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data24 === "text") || (data24 === "audio"))){
validate10.errors = [{instancePath:instancePath+"/modalities/" + i2,schemaPath:"#/properties/modalities/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.modalities.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid13 = _errs80 === errors;
if(!valid13){
break;
}
}
}
}
}
var valid0 = _errs77 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.moderation !== undefined){
const _errs82 = errors;
if(!(validate27(data.moderation, {instancePath:instancePath+"/moderation",parentData:data,parentDataProperty:"moderation",rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs82 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.n !== undefined){
let data26 = data.n;
const _errs83 = errors;
if((!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))) && (data26 !== null)){
validate10.errors = [{instancePath:instancePath+"/n",schemaPath:"#/properties/n/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs83){
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 > 128 || isNaN(data26)){
validate10.errors = [{instancePath:instancePath+"/n",schemaPath:"#/properties/n/maximum",keyword:"maximum",params:{comparison: "<=", limit: 128},message:"must be <= 128"}];
return false;
}
else {
if(data26 < 1 || isNaN(data26)){
validate10.errors = [{instancePath:instancePath+"/n",schemaPath:"#/properties/n/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs83 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.parallel_tool_calls !== undefined){
const _errs86 = errors;
if(typeof data.parallel_tool_calls !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/parallel_tool_calls",schemaPath:"#/properties/parallel_tool_calls/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs86 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prediction !== undefined){
let data28 = data.prediction;
const _errs88 = errors;
if((!(data28 && typeof data28 == "object" && !Array.isArray(data28))) && (data28 !== null)){
validate10.errors = [{instancePath:instancePath+"/prediction",schemaPath:"#/properties/prediction/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs88){
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
let missing5;
if(((data28.type === undefined) && (missing5 = "type")) || ((data28.content === undefined) && (missing5 = "content"))){
validate10.errors = [{instancePath:instancePath+"/prediction",schemaPath:"#/properties/prediction/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs91 = errors;
for(const key9 in data28){
if(!((key9 === "type") || (key9 === "content"))){
validate10.errors = [{instancePath:instancePath+"/prediction",schemaPath:"#/properties/prediction/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs91 === errors){
if(data28.type !== undefined){
const _errs92 = errors;
if("content" !== data28.type){
validate10.errors = [{instancePath:instancePath+"/prediction/type",schemaPath:"#/properties/prediction/properties/type/const",keyword:"const",params:{allowedValue: "content"},message:"must be equal to constant"}];
return false;
}
var valid14 = _errs92 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data28.content !== undefined){
let data30 = data28.content;
const _errs93 = errors;
const _errs94 = errors;
let valid15 = true;
const _errs95 = errors;
if(typeof data30 !== "string"){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid2 = _errs95 === errors;
errors = _errs94;
if(vErrors !== null){
if(_errs94){
vErrors.length = _errs94;
}
else {
vErrors = null;
}
}
let ifClause2;
if(_valid2){
const _errs97 = errors;
if(errors === _errs97){
if(typeof data30 === "string"){
if(data30.length > 1000000 && func3(data30) > 1000000){
validate10.errors = [{instancePath:instancePath+"/prediction/content",schemaPath:"#/properties/prediction/properties/content/then/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/prediction/content",schemaPath:"#/properties/prediction/properties/content/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid2 = _errs97 === errors;
valid15 = _valid2;
ifClause2 = "then";
}
else {
const _errs99 = errors;
if(errors === _errs99){
if(Array.isArray(data30)){
if(data30.length > 256){
validate10.errors = [{instancePath:instancePath+"/prediction/content",schemaPath:"#/properties/prediction/properties/content/else/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
if(data30.length < 1){
validate10.errors = [{instancePath:instancePath+"/prediction/content",schemaPath:"#/properties/prediction/properties/content/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid16 = true;
const len3 = data30.length;
for(let i3=0; i3<len3; i3++){
let data31 = data30[i3];
const _errs101 = errors;
const _errs102 = errors;
if(errors === _errs102){
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
let missing6;
if(((data31.type === undefined) && (missing6 = "type")) || ((data31.text === undefined) && (missing6 = "text"))){
validate10.errors = [{instancePath:instancePath+"/prediction/content/" + i3,schemaPath:"#/$defs/textPart/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs104 = errors;
for(const key10 in data31){
if(!(((key10 === "type") || (key10 === "text")) || (key10 === "prompt_cache_breakpoint"))){
validate10.errors = [{instancePath:instancePath+"/prediction/content/" + i3,schemaPath:"#/$defs/textPart/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs104 === errors){
if(data31.type !== undefined){
const _errs105 = errors;
if("text" !== data31.type){
validate10.errors = [{instancePath:instancePath+"/prediction/content/" + i3+"/type",schemaPath:"#/$defs/textPart/properties/type/const",keyword:"const",params:{allowedValue: "text"},message:"must be equal to constant"}];
return false;
}
var valid18 = _errs105 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data31.text !== undefined){
let data33 = data31.text;
const _errs106 = errors;
if(errors === _errs106){
if(typeof data33 === "string"){
if(data33.length > 1000000 && func3(data33) > 1000000){
validate10.errors = [{instancePath:instancePath+"/prediction/content/" + i3+"/text",schemaPath:"#/$defs/textPart/properties/text/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/prediction/content/" + i3+"/text",schemaPath:"#/$defs/textPart/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs106 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data31.prompt_cache_breakpoint !== undefined){
let data34 = data31.prompt_cache_breakpoint;
const _errs108 = errors;
if(errors === _errs108){
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
let missing7;
if((data34.mode === undefined) && (missing7 = "mode")){
validate10.errors = [{instancePath:instancePath+"/prediction/content/" + i3+"/prompt_cache_breakpoint",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
const _errs110 = errors;
for(const key11 in data34){
if(!(key11 === "mode")){
validate10.errors = [{instancePath:instancePath+"/prediction/content/" + i3+"/prompt_cache_breakpoint",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs110 === errors){
if(data34.mode !== undefined){
if("explicit" !== data34.mode){
validate10.errors = [{instancePath:instancePath+"/prediction/content/" + i3+"/prompt_cache_breakpoint/mode",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/properties/mode/const",keyword:"const",params:{allowedValue: "explicit"},message:"must be equal to constant"}];
return false;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/prediction/content/" + i3+"/prompt_cache_breakpoint",schemaPath:"#/$defs/textPart/properties/prompt_cache_breakpoint/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid18 = _errs108 === errors;
}
else {
var valid18 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/prediction/content/" + i3,schemaPath:"#/$defs/textPart/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid16 = _errs101 === errors;
if(!valid16){
break;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/prediction/content",schemaPath:"#/properties/prediction/properties/content/else/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var _valid2 = _errs99 === errors;
valid15 = _valid2;
ifClause2 = "else";
}
if(!valid15){
const err11 = {instancePath:instancePath+"/prediction/content",schemaPath:"#/properties/prediction/properties/content/if",keyword:"if",params:{failingKeyword: ifClause2},message:"must match \""+ifClause2+"\" schema"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate10.errors = vErrors;
return false;
}
var valid14 = _errs93 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
var valid0 = _errs88 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.presence_penalty !== undefined){
let data36 = data.presence_penalty;
const _errs112 = errors;
if((!((typeof data36 == "number") && (isFinite(data36)))) && (data36 !== null)){
validate10.errors = [{instancePath:instancePath+"/presence_penalty",schemaPath:"#/properties/presence_penalty/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
if(errors === _errs112){
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 > 2 || isNaN(data36)){
validate10.errors = [{instancePath:instancePath+"/presence_penalty",schemaPath:"#/properties/presence_penalty/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2"}];
return false;
}
else {
if(data36 < -2 || isNaN(data36)){
validate10.errors = [{instancePath:instancePath+"/presence_penalty",schemaPath:"#/properties/presence_penalty/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2},message:"must be >= -2"}];
return false;
}
}
}
}
var valid0 = _errs112 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prompt_cache_key !== undefined){
let data37 = data.prompt_cache_key;
const _errs115 = errors;
if((typeof data37 !== "string") && (data37 !== null)){
validate10.errors = [{instancePath:instancePath+"/prompt_cache_key",schemaPath:"#/properties/prompt_cache_key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs115){
if(typeof data37 === "string"){
if(data37.length > 256 && func3(data37) > 256){
validate10.errors = [{instancePath:instancePath+"/prompt_cache_key",schemaPath:"#/properties/prompt_cache_key/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
}
}
var valid0 = _errs115 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prompt_cache_options !== undefined){
let data38 = data.prompt_cache_options;
const _errs118 = errors;
if(errors === _errs118){
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
const _errs120 = errors;
for(const key12 in data38){
if(!((key12 === "mode") || (key12 === "ttl"))){
validate10.errors = [{instancePath:instancePath+"/prompt_cache_options",schemaPath:"#/properties/prompt_cache_options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs120 === errors){
if(data38.mode !== undefined){
let data39 = data38.mode;
const _errs121 = errors;
if(typeof data39 !== "string"){
validate10.errors = [{instancePath:instancePath+"/prompt_cache_options/mode",schemaPath:"#/properties/prompt_cache_options/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data39 === "implicit") || (data39 === "explicit"))){
validate10.errors = [{instancePath:instancePath+"/prompt_cache_options/mode",schemaPath:"#/properties/prompt_cache_options/properties/mode/enum",keyword:"enum",params:{allowedValues: schema11.properties.prompt_cache_options.properties.mode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid20 = _errs121 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data38.ttl !== undefined){
const _errs123 = errors;
if("30m" !== data38.ttl){
validate10.errors = [{instancePath:instancePath+"/prompt_cache_options/ttl",schemaPath:"#/properties/prompt_cache_options/properties/ttl/const",keyword:"const",params:{allowedValue: "30m"},message:"must be equal to constant"}];
return false;
}
var valid20 = _errs123 === errors;
}
else {
var valid20 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/prompt_cache_options",schemaPath:"#/properties/prompt_cache_options/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs118 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prompt_cache_retention !== undefined){
let data41 = data.prompt_cache_retention;
const _errs124 = errors;
if((typeof data41 !== "string") && (data41 !== null)){
validate10.errors = [{instancePath:instancePath+"/prompt_cache_retention",schemaPath:"#/properties/prompt_cache_retention/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data41 === "in_memory") || (data41 === "24h")) || (data41 === null))){
validate10.errors = [{instancePath:instancePath+"/prompt_cache_retention",schemaPath:"#/properties/prompt_cache_retention/enum",keyword:"enum",params:{allowedValues: schema11.properties.prompt_cache_retention.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs124 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reasoning_effort !== undefined){
let data42 = data.reasoning_effort;
const _errs127 = errors;
if((typeof data42 !== "string") && (data42 !== null)){
validate10.errors = [{instancePath:instancePath+"/reasoning_effort",schemaPath:"#/properties/reasoning_effort/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((data42 === "none") || (data42 === "minimal")) || (data42 === "low")) || (data42 === "medium")) || (data42 === "high")) || (data42 === "xhigh")) || (data42 === "max")) || (data42 === null))){
validate10.errors = [{instancePath:instancePath+"/reasoning_effort",schemaPath:"#/properties/reasoning_effort/enum",keyword:"enum",params:{allowedValues: schema11.properties.reasoning_effort.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs127 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.response_format !== undefined){
let data43 = data.response_format;
const _errs130 = errors;
const _errs131 = errors;
const _errs133 = errors;
const _errs134 = errors;
let valid23 = true;
const _errs135 = errors;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
let missing8;
if((data43.type === undefined) && (missing8 = "type")){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
if(data43.type !== undefined){
let data44 = data43.type;
if(!((data44 === "text") || (data44 === "json_object"))){
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
}
}
var _valid3 = _errs135 === errors;
errors = _errs134;
if(vErrors !== null){
if(_errs134){
vErrors.length = _errs134;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs137 = errors;
if(errors === _errs137){
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
const _errs139 = errors;
for(const key13 in data43){
if(!(key13 === "type")){
validate10.errors = [{instancePath:instancePath+"/response_format",schemaPath:"#/$defs/responseFormat/allOf/0/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs139 === errors){
if(data43.type !== undefined){
if(typeof data43.type !== "string"){
validate10.errors = [{instancePath:instancePath+"/response_format/type",schemaPath:"#/$defs/responseFormat/allOf/0/then/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/response_format",schemaPath:"#/$defs/responseFormat/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid3 = _errs137 === errors;
valid23 = _valid3;
}
if(!valid23){
const err14 = {instancePath:instancePath+"/response_format",schemaPath:"#/$defs/responseFormat/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate10.errors = vErrors;
return false;
}
var valid22 = _errs133 === errors;
if(valid22){
const _errs142 = errors;
const _errs143 = errors;
let valid26 = true;
const _errs144 = errors;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
let missing9;
if((data43.type === undefined) && (missing9 = "type")){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
if(data43.type !== undefined){
if("json_schema" !== data43.type){
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
}
}
var _valid4 = _errs144 === errors;
errors = _errs143;
if(vErrors !== null){
if(_errs143){
vErrors.length = _errs143;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs146 = errors;
if(errors === _errs146){
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
let missing10;
if(((data43.type === undefined) && (missing10 = "type")) || ((data43.json_schema === undefined) && (missing10 = "json_schema"))){
validate10.errors = [{instancePath:instancePath+"/response_format",schemaPath:"#/$defs/responseFormat/allOf/1/then/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"}];
return false;
}
else {
const _errs148 = errors;
for(const key14 in data43){
if(!((key14 === "type") || (key14 === "json_schema"))){
validate10.errors = [{instancePath:instancePath+"/response_format",schemaPath:"#/$defs/responseFormat/allOf/1/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs148 === errors){
if(data43.type !== undefined){
const _errs149 = errors;
if("json_schema" !== data43.type){
validate10.errors = [{instancePath:instancePath+"/response_format/type",schemaPath:"#/$defs/responseFormat/allOf/1/then/properties/type/const",keyword:"const",params:{allowedValue: "json_schema"},message:"must be equal to constant"}];
return false;
}
var valid28 = _errs149 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data43.json_schema !== undefined){
let data48 = data43.json_schema;
const _errs150 = errors;
if(errors === _errs150){
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
let missing11;
if((data48.name === undefined) && (missing11 = "name")){
validate10.errors = [{instancePath:instancePath+"/response_format/json_schema",schemaPath:"#/$defs/responseFormat/allOf/1/then/properties/json_schema/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"}];
return false;
}
else {
const _errs152 = errors;
for(const key15 in data48){
if(!((((key15 === "name") || (key15 === "description")) || (key15 === "schema")) || (key15 === "strict"))){
validate10.errors = [{instancePath:instancePath+"/response_format/json_schema",schemaPath:"#/$defs/responseFormat/allOf/1/then/properties/json_schema/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs152 === errors){
if(data48.name !== undefined){
let data49 = data48.name;
const _errs153 = errors;
if(errors === _errs153){
if(typeof data49 === "string"){
if(!pattern1.test(data49)){
validate10.errors = [{instancePath:instancePath+"/response_format/json_schema/name",schemaPath:"#/$defs/responseFormat/allOf/1/then/properties/json_schema/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,64}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,64}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/response_format/json_schema/name",schemaPath:"#/$defs/responseFormat/allOf/1/then/properties/json_schema/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid29 = _errs153 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data48.description !== undefined){
let data50 = data48.description;
const _errs155 = errors;
if(errors === _errs155){
if(typeof data50 === "string"){
if(data50.length > 1000000 && func3(data50) > 1000000){
validate10.errors = [{instancePath:instancePath+"/response_format/json_schema/description",schemaPath:"#/$defs/responseFormat/allOf/1/then/properties/json_schema/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/response_format/json_schema/description",schemaPath:"#/$defs/responseFormat/allOf/1/then/properties/json_schema/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid29 = _errs155 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data48.schema !== undefined){
let data51 = data48.schema;
const _errs157 = errors;
if(!(data51 && typeof data51 == "object" && !Array.isArray(data51))){
validate10.errors = [{instancePath:instancePath+"/response_format/json_schema/schema",schemaPath:"#/$defs/responseFormat/allOf/1/then/properties/json_schema/properties/schema/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid29 = _errs157 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data48.strict !== undefined){
let data52 = data48.strict;
const _errs159 = errors;
if((typeof data52 !== "boolean") && (data52 !== null)){
validate10.errors = [{instancePath:instancePath+"/response_format/json_schema/strict",schemaPath:"#/$defs/responseFormat/allOf/1/then/properties/json_schema/properties/strict/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid29 = _errs159 === errors;
}
else {
var valid29 = true;
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/response_format/json_schema",schemaPath:"#/$defs/responseFormat/allOf/1/then/properties/json_schema/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid28 = _errs150 === errors;
}
else {
var valid28 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/response_format",schemaPath:"#/$defs/responseFormat/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid4 = _errs146 === errors;
valid26 = _valid4;
}
if(!valid26){
const err17 = {instancePath:instancePath+"/response_format",schemaPath:"#/$defs/responseFormat/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
validate10.errors = vErrors;
return false;
}
var valid22 = _errs142 === errors;
}
if(errors === _errs131){
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
let missing12;
if((data43.type === undefined) && (missing12 = "type")){
validate10.errors = [{instancePath:instancePath+"/response_format",schemaPath:"#/$defs/responseFormat/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"}];
return false;
}
else {
if(data43.type !== undefined){
let data53 = data43.type;
if(typeof data53 !== "string"){
validate10.errors = [{instancePath:instancePath+"/response_format/type",schemaPath:"#/$defs/responseFormat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data53 === "text") || (data53 === "json_object")) || (data53 === "json_schema"))){
validate10.errors = [{instancePath:instancePath+"/response_format/type",schemaPath:"#/$defs/responseFormat/properties/type/enum",keyword:"enum",params:{allowedValues: schema35.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/response_format",schemaPath:"#/$defs/responseFormat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs130 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.safety_identifier !== undefined){
let data54 = data.safety_identifier;
const _errs164 = errors;
if((typeof data54 !== "string") && (data54 !== null)){
validate10.errors = [{instancePath:instancePath+"/safety_identifier",schemaPath:"#/properties/safety_identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs164){
if(typeof data54 === "string"){
if(data54.length > 64 && func3(data54) > 64){
validate10.errors = [{instancePath:instancePath+"/safety_identifier",schemaPath:"#/properties/safety_identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
}
var valid0 = _errs164 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seed !== undefined){
let data55 = data.seed;
const _errs167 = errors;
if((!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))) && (data55 !== null)){
validate10.errors = [{instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs167 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.service_tier !== undefined){
let data56 = data.service_tier;
const _errs170 = errors;
if((typeof data56 !== "string") && (data56 !== null)){
validate10.errors = [{instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data56 === "auto") || (data56 === "default")) || (data56 === "flex")) || (data56 === "scale")) || (data56 === "priority")) || (data56 === null))){
validate10.errors = [{instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/enum",keyword:"enum",params:{allowedValues: schema11.properties.service_tier.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs170 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stop !== undefined){
let data57 = data.stop;
const _errs173 = errors;
const _errs174 = errors;
let valid31 = true;
const _errs175 = errors;
if(typeof data57 !== "string"){
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid5 = _errs175 === errors;
errors = _errs174;
if(vErrors !== null){
if(_errs174){
vErrors.length = _errs174;
}
else {
vErrors = null;
}
}
let ifClause3;
if(_valid5){
const _errs177 = errors;
if(errors === _errs177){
if(typeof data57 === "string"){
if(data57.length > 4096 && func3(data57) > 4096){
validate10.errors = [{instancePath:instancePath+"/stop",schemaPath:"#/properties/stop/then/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/stop",schemaPath:"#/properties/stop/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid5 = _errs177 === errors;
valid31 = _valid5;
ifClause3 = "then";
}
else {
const _errs179 = errors;
if((!(Array.isArray(data57))) && (data57 !== null)){
validate10.errors = [{instancePath:instancePath+"/stop",schemaPath:"#/properties/stop/else/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
if(errors === _errs179){
if(Array.isArray(data57)){
if(data57.length > 4){
validate10.errors = [{instancePath:instancePath+"/stop",schemaPath:"#/properties/stop/else/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"}];
return false;
}
else {
var valid32 = true;
const len4 = data57.length;
for(let i4=0; i4<len4; i4++){
let data58 = data57[i4];
const _errs182 = errors;
if(errors === _errs182){
if(typeof data58 === "string"){
if(data58.length > 4096 && func3(data58) > 4096){
validate10.errors = [{instancePath:instancePath+"/stop/" + i4,schemaPath:"#/properties/stop/else/items/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/stop/" + i4,schemaPath:"#/properties/stop/else/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid32 = _errs182 === errors;
if(!valid32){
break;
}
}
}
}
}
var _valid5 = _errs179 === errors;
valid31 = _valid5;
ifClause3 = "else";
}
if(!valid31){
const err19 = {instancePath:instancePath+"/stop",schemaPath:"#/properties/stop/if",keyword:"if",params:{failingKeyword: ifClause3},message:"must match \""+ifClause3+"\" schema"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
validate10.errors = vErrors;
return false;
}
var valid0 = _errs173 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.store !== undefined){
let data59 = data.store;
const _errs184 = errors;
if((typeof data59 !== "boolean") && (data59 !== null)){
validate10.errors = [{instancePath:instancePath+"/store",schemaPath:"#/properties/store/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs184 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stream !== undefined){
let data60 = data.stream;
const _errs187 = errors;
if((typeof data60 !== "boolean") && (data60 !== null)){
validate10.errors = [{instancePath:instancePath+"/stream",schemaPath:"#/properties/stream/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs187 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stream_options !== undefined){
let data61 = data.stream_options;
const _errs190 = errors;
if((!(data61 && typeof data61 == "object" && !Array.isArray(data61))) && (data61 !== null)){
validate10.errors = [{instancePath:instancePath+"/stream_options",schemaPath:"#/properties/stream_options/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs190){
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
const _errs193 = errors;
for(const key16 in data61){
if(!((key16 === "include_obfuscation") || (key16 === "include_usage"))){
validate10.errors = [{instancePath:instancePath+"/stream_options",schemaPath:"#/properties/stream_options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs193 === errors){
if(data61.include_obfuscation !== undefined){
const _errs194 = errors;
if(typeof data61.include_obfuscation !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/stream_options/include_obfuscation",schemaPath:"#/properties/stream_options/properties/include_obfuscation/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid33 = _errs194 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data61.include_usage !== undefined){
const _errs196 = errors;
if(typeof data61.include_usage !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/stream_options/include_usage",schemaPath:"#/properties/stream_options/properties/include_usage/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid33 = _errs196 === errors;
}
else {
var valid33 = true;
}
}
}
}
}
var valid0 = _errs190 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.temperature !== undefined){
let data64 = data.temperature;
const _errs198 = errors;
if((!((typeof data64 == "number") && (isFinite(data64)))) && (data64 !== null)){
validate10.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
if(errors === _errs198){
if((typeof data64 == "number") && (isFinite(data64))){
if(data64 > 2 || isNaN(data64)){
validate10.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2"}];
return false;
}
else {
if(data64 < 0 || isNaN(data64)){
validate10.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid0 = _errs198 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool_choice !== undefined){
let data65 = data.tool_choice;
const _errs201 = errors;
const _errs203 = errors;
let valid35 = true;
const _errs204 = errors;
if(typeof data65 !== "string"){
const err20 = {};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid6 = _errs204 === errors;
errors = _errs203;
if(vErrors !== null){
if(_errs203){
vErrors.length = _errs203;
}
else {
vErrors = null;
}
}
let ifClause4;
if(_valid6){
const _errs206 = errors;
if(typeof data65 !== "string"){
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data65 === "none") || (data65 === "auto")) || (data65 === "required"))){
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/then/enum",keyword:"enum",params:{allowedValues: schema36.then.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var _valid6 = _errs206 === errors;
valid35 = _valid6;
ifClause4 = "then";
}
else {
const _errs208 = errors;
const _errs210 = errors;
const _errs211 = errors;
let valid37 = true;
const _errs212 = errors;
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
let missing13;
if((data65.type === undefined) && (missing13 = "type")){
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
if(data65.type !== undefined){
if("function" !== data65.type){
const err22 = {};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
}
var _valid7 = _errs212 === errors;
errors = _errs211;
if(vErrors !== null){
if(_errs211){
vErrors.length = _errs211;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs214 = errors;
if(errors === _errs214){
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
let missing14;
if(((data65.type === undefined) && (missing14 = "type")) || ((data65.function === undefined) && (missing14 = "function"))){
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/0/then/required",keyword:"required",params:{missingProperty: missing14},message:"must have required property '"+missing14+"'"}];
return false;
}
else {
const _errs216 = errors;
for(const key17 in data65){
if(!((key17 === "type") || (key17 === "function"))){
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/0/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs216 === errors){
if(data65.type !== undefined){
const _errs217 = errors;
if("function" !== data65.type){
validate10.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/toolChoice/else/allOf/0/then/properties/type/const",keyword:"const",params:{allowedValue: "function"},message:"must be equal to constant"}];
return false;
}
var valid39 = _errs217 === errors;
}
else {
var valid39 = true;
}
if(valid39){
if(data65.function !== undefined){
let data68 = data65.function;
const _errs218 = errors;
if(errors === _errs218){
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
let missing15;
if((data68.name === undefined) && (missing15 = "name")){
validate10.errors = [{instancePath:instancePath+"/tool_choice/function",schemaPath:"#/$defs/toolChoice/else/allOf/0/then/properties/function/required",keyword:"required",params:{missingProperty: missing15},message:"must have required property '"+missing15+"'"}];
return false;
}
else {
const _errs220 = errors;
for(const key18 in data68){
if(!(key18 === "name")){
validate10.errors = [{instancePath:instancePath+"/tool_choice/function",schemaPath:"#/$defs/toolChoice/else/allOf/0/then/properties/function/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs220 === errors){
if(data68.name !== undefined){
let data69 = data68.name;
const _errs221 = errors;
if(errors === _errs221){
if(typeof data69 === "string"){
if(!pattern1.test(data69)){
validate10.errors = [{instancePath:instancePath+"/tool_choice/function/name",schemaPath:"#/$defs/toolChoice/else/allOf/0/then/properties/function/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,64}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,64}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tool_choice/function/name",schemaPath:"#/$defs/toolChoice/else/allOf/0/then/properties/function/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tool_choice/function",schemaPath:"#/$defs/toolChoice/else/allOf/0/then/properties/function/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid39 = _errs218 === errors;
}
else {
var valid39 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid7 = _errs214 === errors;
valid37 = _valid7;
}
if(!valid37){
const err23 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
validate10.errors = vErrors;
return false;
}
var valid36 = _errs210 === errors;
if(valid36){
const _errs223 = errors;
const _errs224 = errors;
let valid41 = true;
const _errs225 = errors;
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
let missing16;
if((data65.type === undefined) && (missing16 = "type")){
const err24 = {};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
if(data65.type !== undefined){
if("custom" !== data65.type){
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
}
}
var _valid8 = _errs225 === errors;
errors = _errs224;
if(vErrors !== null){
if(_errs224){
vErrors.length = _errs224;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs227 = errors;
if(errors === _errs227){
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
let missing17;
if(((data65.type === undefined) && (missing17 = "type")) || ((data65.custom === undefined) && (missing17 = "custom"))){
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/1/then/required",keyword:"required",params:{missingProperty: missing17},message:"must have required property '"+missing17+"'"}];
return false;
}
else {
const _errs229 = errors;
for(const key19 in data65){
if(!((key19 === "type") || (key19 === "custom"))){
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/1/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs229 === errors){
if(data65.type !== undefined){
const _errs230 = errors;
if("custom" !== data65.type){
validate10.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/toolChoice/else/allOf/1/then/properties/type/const",keyword:"const",params:{allowedValue: "custom"},message:"must be equal to constant"}];
return false;
}
var valid43 = _errs230 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data65.custom !== undefined){
let data72 = data65.custom;
const _errs231 = errors;
if(errors === _errs231){
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
let missing18;
if((data72.name === undefined) && (missing18 = "name")){
validate10.errors = [{instancePath:instancePath+"/tool_choice/custom",schemaPath:"#/$defs/toolChoice/else/allOf/1/then/properties/custom/required",keyword:"required",params:{missingProperty: missing18},message:"must have required property '"+missing18+"'"}];
return false;
}
else {
const _errs233 = errors;
for(const key20 in data72){
if(!(key20 === "name")){
validate10.errors = [{instancePath:instancePath+"/tool_choice/custom",schemaPath:"#/$defs/toolChoice/else/allOf/1/then/properties/custom/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs233 === errors){
if(data72.name !== undefined){
let data73 = data72.name;
const _errs234 = errors;
if(errors === _errs234){
if(typeof data73 === "string"){
if(!pattern1.test(data73)){
validate10.errors = [{instancePath:instancePath+"/tool_choice/custom/name",schemaPath:"#/$defs/toolChoice/else/allOf/1/then/properties/custom/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,64}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,64}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tool_choice/custom/name",schemaPath:"#/$defs/toolChoice/else/allOf/1/then/properties/custom/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tool_choice/custom",schemaPath:"#/$defs/toolChoice/else/allOf/1/then/properties/custom/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid43 = _errs231 === errors;
}
else {
var valid43 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid8 = _errs227 === errors;
valid41 = _valid8;
}
if(!valid41){
const err26 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
validate10.errors = vErrors;
return false;
}
var valid36 = _errs223 === errors;
if(valid36){
const _errs236 = errors;
const _errs237 = errors;
let valid45 = true;
const _errs238 = errors;
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
let missing19;
if((data65.type === undefined) && (missing19 = "type")){
const err27 = {};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
if(data65.type !== undefined){
if("allowed_tools" !== data65.type){
const err28 = {};
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
}
var _valid9 = _errs238 === errors;
errors = _errs237;
if(vErrors !== null){
if(_errs237){
vErrors.length = _errs237;
}
else {
vErrors = null;
}
}
if(_valid9){
const _errs240 = errors;
if(errors === _errs240){
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
let missing20;
if(((data65.type === undefined) && (missing20 = "type")) || ((data65.allowed_tools === undefined) && (missing20 = "allowed_tools"))){
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/2/then/required",keyword:"required",params:{missingProperty: missing20},message:"must have required property '"+missing20+"'"}];
return false;
}
else {
const _errs242 = errors;
for(const key21 in data65){
if(!((key21 === "type") || (key21 === "allowed_tools"))){
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/2/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs242 === errors){
if(data65.type !== undefined){
const _errs243 = errors;
if("allowed_tools" !== data65.type){
validate10.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/toolChoice/else/allOf/2/then/properties/type/const",keyword:"const",params:{allowedValue: "allowed_tools"},message:"must be equal to constant"}];
return false;
}
var valid47 = _errs243 === errors;
}
else {
var valid47 = true;
}
if(valid47){
if(data65.allowed_tools !== undefined){
let data76 = data65.allowed_tools;
const _errs244 = errors;
if(errors === _errs244){
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
let missing21;
if(((data76.mode === undefined) && (missing21 = "mode")) || ((data76.tools === undefined) && (missing21 = "tools"))){
validate10.errors = [{instancePath:instancePath+"/tool_choice/allowed_tools",schemaPath:"#/$defs/toolChoice/else/allOf/2/then/properties/allowed_tools/required",keyword:"required",params:{missingProperty: missing21},message:"must have required property '"+missing21+"'"}];
return false;
}
else {
const _errs246 = errors;
for(const key22 in data76){
if(!((key22 === "mode") || (key22 === "tools"))){
validate10.errors = [{instancePath:instancePath+"/tool_choice/allowed_tools",schemaPath:"#/$defs/toolChoice/else/allOf/2/then/properties/allowed_tools/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs246 === errors){
if(data76.mode !== undefined){
let data77 = data76.mode;
const _errs247 = errors;
if(typeof data77 !== "string"){
validate10.errors = [{instancePath:instancePath+"/tool_choice/allowed_tools/mode",schemaPath:"#/$defs/toolChoice/else/allOf/2/then/properties/allowed_tools/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data77 === "auto") || (data77 === "required"))){
validate10.errors = [{instancePath:instancePath+"/tool_choice/allowed_tools/mode",schemaPath:"#/$defs/toolChoice/else/allOf/2/then/properties/allowed_tools/properties/mode/enum",keyword:"enum",params:{allowedValues: schema36.else.allOf[2].then.properties.allowed_tools.properties.mode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid48 = _errs247 === errors;
}
else {
var valid48 = true;
}
if(valid48){
if(data76.tools !== undefined){
let data78 = data76.tools;
const _errs249 = errors;
if(errors === _errs249){
if(Array.isArray(data78)){
if(data78.length > 128){
validate10.errors = [{instancePath:instancePath+"/tool_choice/allowed_tools/tools",schemaPath:"#/$defs/toolChoice/else/allOf/2/then/properties/allowed_tools/properties/tools/maxItems",keyword:"maxItems",params:{limit: 128},message:"must NOT have more than 128 items"}];
return false;
}
else {
var valid49 = true;
const len5 = data78.length;
for(let i5=0; i5<len5; i5++){
let data79 = data78[i5];
const _errs251 = errors;
if(errors === _errs251){
if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
if(Object.keys(data79).length > 64){
validate10.errors = [{instancePath:instancePath+"/tool_choice/allowed_tools/tools/" + i5,schemaPath:"#/$defs/toolChoice/else/allOf/2/then/properties/allowed_tools/properties/tools/items/maxProperties",keyword:"maxProperties",params:{limit: 64},message:"must NOT have more than 64 properties"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tool_choice/allowed_tools/tools/" + i5,schemaPath:"#/$defs/toolChoice/else/allOf/2/then/properties/allowed_tools/properties/tools/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid49 = _errs251 === errors;
if(!valid49){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tool_choice/allowed_tools/tools",schemaPath:"#/$defs/toolChoice/else/allOf/2/then/properties/allowed_tools/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid48 = _errs249 === errors;
}
else {
var valid48 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tool_choice/allowed_tools",schemaPath:"#/$defs/toolChoice/else/allOf/2/then/properties/allowed_tools/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid47 = _errs244 === errors;
}
else {
var valid47 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/2/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid9 = _errs240 === errors;
valid45 = _valid9;
}
if(!valid45){
const err29 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
validate10.errors = vErrors;
return false;
}
var valid36 = _errs236 === errors;
}
}
if(errors === _errs208){
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
let missing22;
if((data65.type === undefined) && (missing22 = "type")){
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/required",keyword:"required",params:{missingProperty: missing22},message:"must have required property '"+missing22+"'"}];
return false;
}
else {
if(data65.type !== undefined){
let data80 = data65.type;
if(typeof data80 !== "string"){
validate10.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/toolChoice/else/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data80 === "function") || (data80 === "custom")) || (data80 === "allowed_tools"))){
validate10.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/toolChoice/else/properties/type/enum",keyword:"enum",params:{allowedValues: schema36.else.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid6 = _errs208 === errors;
valid35 = _valid6;
ifClause4 = "else";
}
if(!valid35){
const err30 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/if",keyword:"if",params:{failingKeyword: ifClause4},message:"must match \""+ifClause4+"\" schema"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
validate10.errors = vErrors;
return false;
}
var valid0 = _errs201 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tools !== undefined){
let data81 = data.tools;
const _errs255 = errors;
if(errors === _errs255){
if(Array.isArray(data81)){
if(data81.length > 128){
validate10.errors = [{instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/maxItems",keyword:"maxItems",params:{limit: 128},message:"must NOT have more than 128 items"}];
return false;
}
else {
var valid51 = true;
const len6 = data81.length;
for(let i6=0; i6<len6; i6++){
const _errs257 = errors;
if(!(validate29(data81[i6], {instancePath:instancePath+"/tools/" + i6,parentData:data81,parentDataProperty:i6,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var valid51 = _errs257 === errors;
if(!valid51){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs255 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.top_logprobs !== undefined){
let data83 = data.top_logprobs;
const _errs258 = errors;
if((!(((typeof data83 == "number") && (!(data83 % 1) && !isNaN(data83))) && (isFinite(data83)))) && (data83 !== null)){
validate10.errors = [{instancePath:instancePath+"/top_logprobs",schemaPath:"#/properties/top_logprobs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs258){
if((typeof data83 == "number") && (isFinite(data83))){
if(data83 > 20 || isNaN(data83)){
validate10.errors = [{instancePath:instancePath+"/top_logprobs",schemaPath:"#/properties/top_logprobs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"}];
return false;
}
else {
if(data83 < 0 || isNaN(data83)){
validate10.errors = [{instancePath:instancePath+"/top_logprobs",schemaPath:"#/properties/top_logprobs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid0 = _errs258 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.top_p !== undefined){
let data84 = data.top_p;
const _errs261 = errors;
if((!((typeof data84 == "number") && (isFinite(data84)))) && (data84 !== null)){
validate10.errors = [{instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
if(errors === _errs261){
if((typeof data84 == "number") && (isFinite(data84))){
if(data84 > 1 || isNaN(data84)){
validate10.errors = [{instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data84 < 0 || isNaN(data84)){
validate10.errors = [{instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid0 = _errs261 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user !== undefined){
let data85 = data.user;
const _errs264 = errors;
if(errors === _errs264){
if(typeof data85 === "string"){
if(data85.length > 256 && func3(data85) > 256){
validate10.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs264 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.verbosity !== undefined){
let data86 = data.verbosity;
const _errs266 = errors;
if((typeof data86 !== "string") && (data86 !== null)){
validate10.errors = [{instancePath:instancePath+"/verbosity",schemaPath:"#/properties/verbosity/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data86 === "low") || (data86 === "medium")) || (data86 === "high")) || (data86 === null))){
validate10.errors = [{instancePath:instancePath+"/verbosity",schemaPath:"#/properties/verbosity/enum",keyword:"enum",params:{allowedValues: schema11.properties.verbosity.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs266 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.web_search_options !== undefined){
let data87 = data.web_search_options;
const _errs269 = errors;
if(errors === _errs269){
if(data87 && typeof data87 == "object" && !Array.isArray(data87)){
const _errs271 = errors;
for(const key23 in data87){
if(!((key23 === "search_context_size") || (key23 === "user_location"))){
validate10.errors = [{instancePath:instancePath+"/web_search_options",schemaPath:"#/properties/web_search_options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs271 === errors){
if(data87.search_context_size !== undefined){
let data88 = data87.search_context_size;
const _errs272 = errors;
if(typeof data88 !== "string"){
validate10.errors = [{instancePath:instancePath+"/web_search_options/search_context_size",schemaPath:"#/properties/web_search_options/properties/search_context_size/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data88 === "low") || (data88 === "medium")) || (data88 === "high"))){
validate10.errors = [{instancePath:instancePath+"/web_search_options/search_context_size",schemaPath:"#/properties/web_search_options/properties/search_context_size/enum",keyword:"enum",params:{allowedValues: schema11.properties.web_search_options.properties.search_context_size.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid52 = _errs272 === errors;
}
else {
var valid52 = true;
}
if(valid52){
if(data87.user_location !== undefined){
let data89 = data87.user_location;
const _errs274 = errors;
if((!(data89 && typeof data89 == "object" && !Array.isArray(data89))) && (data89 !== null)){
validate10.errors = [{instancePath:instancePath+"/web_search_options/user_location",schemaPath:"#/properties/web_search_options/properties/user_location/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs274){
if(data89 && typeof data89 == "object" && !Array.isArray(data89)){
let missing23;
if(((data89.type === undefined) && (missing23 = "type")) || ((data89.approximate === undefined) && (missing23 = "approximate"))){
validate10.errors = [{instancePath:instancePath+"/web_search_options/user_location",schemaPath:"#/properties/web_search_options/properties/user_location/required",keyword:"required",params:{missingProperty: missing23},message:"must have required property '"+missing23+"'"}];
return false;
}
else {
const _errs277 = errors;
for(const key24 in data89){
if(!((key24 === "type") || (key24 === "approximate"))){
validate10.errors = [{instancePath:instancePath+"/web_search_options/user_location",schemaPath:"#/properties/web_search_options/properties/user_location/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs277 === errors){
if(data89.type !== undefined){
const _errs278 = errors;
if("approximate" !== data89.type){
validate10.errors = [{instancePath:instancePath+"/web_search_options/user_location/type",schemaPath:"#/properties/web_search_options/properties/user_location/properties/type/const",keyword:"const",params:{allowedValue: "approximate"},message:"must be equal to constant"}];
return false;
}
var valid53 = _errs278 === errors;
}
else {
var valid53 = true;
}
if(valid53){
if(data89.approximate !== undefined){
let data91 = data89.approximate;
const _errs279 = errors;
if(errors === _errs279){
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
const _errs281 = errors;
for(const key25 in data91){
if(!((((key25 === "city") || (key25 === "country")) || (key25 === "region")) || (key25 === "timezone"))){
validate10.errors = [{instancePath:instancePath+"/web_search_options/user_location/approximate",schemaPath:"#/properties/web_search_options/properties/user_location/properties/approximate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs281 === errors){
if(data91.city !== undefined){
let data92 = data91.city;
const _errs282 = errors;
if(errors === _errs282){
if(typeof data92 === "string"){
if(data92.length > 4096 && func3(data92) > 4096){
validate10.errors = [{instancePath:instancePath+"/web_search_options/user_location/approximate/city",schemaPath:"#/properties/web_search_options/properties/user_location/properties/approximate/properties/city/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/web_search_options/user_location/approximate/city",schemaPath:"#/properties/web_search_options/properties/user_location/properties/approximate/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid54 = _errs282 === errors;
}
else {
var valid54 = true;
}
if(valid54){
if(data91.country !== undefined){
let data93 = data91.country;
const _errs284 = errors;
if(errors === _errs284){
if(typeof data93 === "string"){
if(!pattern14.test(data93)){
validate10.errors = [{instancePath:instancePath+"/web_search_options/user_location/approximate/country",schemaPath:"#/properties/web_search_options/properties/user_location/properties/approximate/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{2}$"},message:"must match pattern \""+"^[A-Za-z]{2}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/web_search_options/user_location/approximate/country",schemaPath:"#/properties/web_search_options/properties/user_location/properties/approximate/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid54 = _errs284 === errors;
}
else {
var valid54 = true;
}
if(valid54){
if(data91.region !== undefined){
let data94 = data91.region;
const _errs286 = errors;
if(errors === _errs286){
if(typeof data94 === "string"){
if(data94.length > 4096 && func3(data94) > 4096){
validate10.errors = [{instancePath:instancePath+"/web_search_options/user_location/approximate/region",schemaPath:"#/properties/web_search_options/properties/user_location/properties/approximate/properties/region/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/web_search_options/user_location/approximate/region",schemaPath:"#/properties/web_search_options/properties/user_location/properties/approximate/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid54 = _errs286 === errors;
}
else {
var valid54 = true;
}
if(valid54){
if(data91.timezone !== undefined){
let data95 = data91.timezone;
const _errs288 = errors;
if(errors === _errs288){
if(typeof data95 === "string"){
if(data95.length > 256 && func3(data95) > 256){
validate10.errors = [{instancePath:instancePath+"/web_search_options/user_location/approximate/timezone",schemaPath:"#/properties/web_search_options/properties/user_location/properties/approximate/properties/timezone/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data95.length < 1 || (data95.length < 2 * 1 && func3(data95) < 1)){
validate10.errors = [{instancePath:instancePath+"/web_search_options/user_location/approximate/timezone",schemaPath:"#/properties/web_search_options/properties/user_location/properties/approximate/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/web_search_options/user_location/approximate/timezone",schemaPath:"#/properties/web_search_options/properties/user_location/properties/approximate/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid54 = _errs288 === errors;
}
else {
var valid54 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/web_search_options/user_location/approximate",schemaPath:"#/properties/web_search_options/properties/user_location/properties/approximate/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid53 = _errs279 === errors;
}
else {
var valid53 = true;
}
}
}
}
}
}
var valid52 = _errs274 === errors;
}
else {
var valid52 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/web_search_options",schemaPath:"#/properties/web_search_options/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs269 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

export const openaiResponses = validate31;
const schema39 = shippedSchemas["openai.responses"];
const schema66 = shippedSchemas["openai.chat"]["$defs"]["moderationMode"];
const schema68 = shippedSchemas["openai.responses"]["$defs"]["textFormat"];
const schema69 = shippedSchemas["openai.responses"]["$defs"]["toolChoice"];
const schema40 = shippedSchemas["openai.responses"]["$defs"]["inputItem"];
const schema41 = shippedSchemas["openai.responses"]["$defs"]["itemReference"];
const schema59 = shippedSchemas["openai.responses"]["$defs"]["reasoning"];
const schema60 = shippedSchemas["openai.responses"]["$defs"]["compaction"];
const schema65 = shippedSchemas["openai.responses"]["$defs"]["mcpApprovalResponse"];
const schema42 = shippedSchemas["openai.responses"]["$defs"]["message"];
const schema43 = shippedSchemas["openai.responses"]["$defs"]["inputMessage"];
const schema44 = shippedSchemas["openai.responses"]["$defs"]["inputContentPart"];
const schema45 = shippedSchemas["openai.responses"]["$defs"]["inputText"];
const schema46 = shippedSchemas["openai.responses"]["$defs"]["inputImage"];
const schema47 = shippedSchemas["openai.responses"]["$defs"]["inputFile"];

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined){
if("input_text" !== data.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.type === undefined) && (missing1 = "type")) || ((data.text === undefined) && (missing1 = "text"))){
validate35.errors = [{instancePath,schemaPath:"#/$defs/inputText/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs8 = errors;
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "text")) || (key0 === "prompt_cache_breakpoint"))){
validate35.errors = [{instancePath,schemaPath:"#/$defs/inputText/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs8 === errors){
if(data.type !== undefined){
const _errs9 = errors;
if("input_text" !== data.type){
validate35.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/inputText/properties/type/const",keyword:"const",params:{allowedValue: "input_text"},message:"must be equal to constant"}];
return false;
}
var valid4 = _errs9 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.text !== undefined){
let data2 = data.text;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data2 === "string"){
if(data2.length > 1000000 && func3(data2) > 1000000){
validate35.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/inputText/properties/text/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/inputText/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs10 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.prompt_cache_breakpoint !== undefined){
let data3 = data.prompt_cache_breakpoint;
const _errs12 = errors;
if((!(data3 && typeof data3 == "object" && !Array.isArray(data3))) && (data3 !== null)){
validate35.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/inputText/properties/prompt_cache_breakpoint/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs12){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing2;
if((data3.mode === undefined) && (missing2 = "mode")){
validate35.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/inputText/properties/prompt_cache_breakpoint/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs15 = errors;
for(const key1 in data3){
if(!(key1 === "mode")){
validate35.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/inputText/properties/prompt_cache_breakpoint/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs15 === errors){
if(data3.mode !== undefined){
if("explicit" !== data3.mode){
validate35.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint/mode",schemaPath:"#/$defs/inputText/properties/prompt_cache_breakpoint/properties/mode/const",keyword:"const",params:{allowedValue: "explicit"},message:"must be equal to constant"}];
return false;
}
}
}
}
}
}
var valid4 = _errs12 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/$defs/inputText/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate35.errors = vErrors;
return false;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs17 = errors;
const _errs18 = errors;
let valid6 = true;
const _errs19 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.type !== undefined){
if("input_image" !== data.type){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs19 === errors;
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs21 = errors;
const _errs22 = errors;
const _errs24 = errors;
let valid9 = false;
const _errs25 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.image_url === undefined) && (missing4 = "image_url")){
const err5 = {instancePath,schemaPath:"#/$defs/inputImage/anyOf/0/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
if(data.image_url !== undefined){
if(typeof data.image_url !== "string"){
const err6 = {instancePath:instancePath+"/image_url",schemaPath:"#/$defs/inputImage/anyOf/0/properties/image_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
var _valid2 = _errs25 === errors;
valid9 = valid9 || _valid2;
if(!valid9){
const _errs28 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.file_id === undefined) && (missing5 = "file_id")){
const err7 = {instancePath,schemaPath:"#/$defs/inputImage/anyOf/1/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
if(data.file_id !== undefined){
if(typeof data.file_id !== "string"){
const err8 = {instancePath:instancePath+"/file_id",schemaPath:"#/$defs/inputImage/anyOf/1/properties/file_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
var _valid2 = _errs28 === errors;
valid9 = valid9 || _valid2;
}
if(!valid9){
const err9 = {instancePath,schemaPath:"#/$defs/inputImage/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate35.errors = vErrors;
return false;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
if(errors === _errs22){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.type === undefined) && (missing6 = "type")){
validate35.errors = [{instancePath,schemaPath:"#/$defs/inputImage/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs31 = errors;
for(const key2 in data){
if(!(((((key2 === "type") || (key2 === "detail")) || (key2 === "file_id")) || (key2 === "image_url")) || (key2 === "prompt_cache_breakpoint"))){
validate35.errors = [{instancePath,schemaPath:"#/$defs/inputImage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs31 === errors){
if(data.type !== undefined){
const _errs32 = errors;
if("input_image" !== data.type){
validate35.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/inputImage/properties/type/const",keyword:"const",params:{allowedValue: "input_image"},message:"must be equal to constant"}];
return false;
}
var valid12 = _errs32 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.detail !== undefined){
let data9 = data.detail;
const _errs33 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate35.errors = [{instancePath:instancePath+"/detail",schemaPath:"#/$defs/inputImage/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data9 === "low") || (data9 === "high")) || (data9 === "auto")) || (data9 === "original")) || (data9 === null))){
validate35.errors = [{instancePath:instancePath+"/detail",schemaPath:"#/$defs/inputImage/properties/detail/enum",keyword:"enum",params:{allowedValues: schema46.properties.detail.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid12 = _errs33 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.file_id !== undefined){
let data10 = data.file_id;
const _errs36 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate35.errors = [{instancePath:instancePath+"/file_id",schemaPath:"#/$defs/inputImage/properties/file_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs36){
if(typeof data10 === "string"){
if(data10.length > 512 && func3(data10) > 512){
validate35.errors = [{instancePath:instancePath+"/file_id",schemaPath:"#/$defs/inputImage/properties/file_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data10.length < 1 || (data10.length < 2 * 1 && func3(data10) < 1)){
validate35.errors = [{instancePath:instancePath+"/file_id",schemaPath:"#/$defs/inputImage/properties/file_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
}
var valid12 = _errs36 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.image_url !== undefined){
let data11 = data.image_url;
const _errs39 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
validate35.errors = [{instancePath:instancePath+"/image_url",schemaPath:"#/$defs/inputImage/properties/image_url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs39){
if(typeof data11 === "string"){
if(data11.length > 67108864 && func3(data11) > 67108864){
validate35.errors = [{instancePath:instancePath+"/image_url",schemaPath:"#/$defs/inputImage/properties/image_url/maxLength",keyword:"maxLength",params:{limit: 67108864},message:"must NOT have more than 67108864 characters"}];
return false;
}
else {
if(data11.length < 1 || (data11.length < 2 * 1 && func3(data11) < 1)){
validate35.errors = [{instancePath:instancePath+"/image_url",schemaPath:"#/$defs/inputImage/properties/image_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
}
var valid12 = _errs39 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.prompt_cache_breakpoint !== undefined){
let data12 = data.prompt_cache_breakpoint;
const _errs42 = errors;
if((!(data12 && typeof data12 == "object" && !Array.isArray(data12))) && (data12 !== null)){
validate35.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/inputImage/properties/prompt_cache_breakpoint/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs42){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing7;
if((data12.mode === undefined) && (missing7 = "mode")){
validate35.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/inputImage/properties/prompt_cache_breakpoint/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
const _errs45 = errors;
for(const key3 in data12){
if(!(key3 === "mode")){
validate35.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/inputImage/properties/prompt_cache_breakpoint/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs45 === errors){
if(data12.mode !== undefined){
if("explicit" !== data12.mode){
validate35.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint/mode",schemaPath:"#/$defs/inputImage/properties/prompt_cache_breakpoint/properties/mode/const",keyword:"const",params:{allowedValue: "explicit"},message:"must be equal to constant"}];
return false;
}
}
}
}
}
}
var valid12 = _errs42 === errors;
}
else {
var valid12 = true;
}
}
}
}
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/$defs/inputImage/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid1 = _errs21 === errors;
valid6 = _valid1;
}
if(!valid6){
const err10 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate35.errors = vErrors;
return false;
}
var valid0 = _errs17 === errors;
if(valid0){
const _errs47 = errors;
const _errs48 = errors;
let valid14 = true;
const _errs49 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((data.type === undefined) && (missing8 = "type")){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
if(data.type !== undefined){
if("input_file" !== data.type){
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
}
}
var _valid3 = _errs49 === errors;
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs51 = errors;
const _errs52 = errors;
const _errs54 = errors;
let valid17 = false;
const _errs55 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((data.file_data === undefined) && (missing9 = "file_data")){
const err13 = {instancePath,schemaPath:"#/$defs/inputFile/anyOf/0/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
if(data.file_data !== undefined){
if(typeof data.file_data !== "string"){
const err14 = {instancePath:instancePath+"/file_data",schemaPath:"#/$defs/inputFile/anyOf/0/properties/file_data/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
}
var _valid4 = _errs55 === errors;
valid17 = valid17 || _valid4;
if(!valid17){
const _errs58 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing10;
if((data.file_id === undefined) && (missing10 = "file_id")){
const err15 = {instancePath,schemaPath:"#/$defs/inputFile/anyOf/1/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
if(data.file_id !== undefined){
if(typeof data.file_id !== "string"){
const err16 = {instancePath:instancePath+"/file_id",schemaPath:"#/$defs/inputFile/anyOf/1/properties/file_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
}
var _valid4 = _errs58 === errors;
valid17 = valid17 || _valid4;
if(!valid17){
const _errs61 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if((data.file_url === undefined) && (missing11 = "file_url")){
const err17 = {instancePath,schemaPath:"#/$defs/inputFile/anyOf/2/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
if(data.file_url !== undefined){
if(typeof data.file_url !== "string"){
const err18 = {instancePath:instancePath+"/file_url",schemaPath:"#/$defs/inputFile/anyOf/2/properties/file_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
var _valid4 = _errs61 === errors;
valid17 = valid17 || _valid4;
}
}
if(!valid17){
const err19 = {instancePath,schemaPath:"#/$defs/inputFile/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
validate35.errors = vErrors;
return false;
}
else {
errors = _errs54;
if(vErrors !== null){
if(_errs54){
vErrors.length = _errs54;
}
else {
vErrors = null;
}
}
}
if(errors === _errs52){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing12;
if((data.type === undefined) && (missing12 = "type")){
validate35.errors = [{instancePath,schemaPath:"#/$defs/inputFile/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"}];
return false;
}
else {
const _errs64 = errors;
for(const key4 in data){
if(!(((((((key4 === "type") || (key4 === "detail")) || (key4 === "file_data")) || (key4 === "file_id")) || (key4 === "file_url")) || (key4 === "filename")) || (key4 === "prompt_cache_breakpoint"))){
validate35.errors = [{instancePath,schemaPath:"#/$defs/inputFile/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs64 === errors){
if(data.type !== undefined){
const _errs65 = errors;
if("input_file" !== data.type){
validate35.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/inputFile/properties/type/const",keyword:"const",params:{allowedValue: "input_file"},message:"must be equal to constant"}];
return false;
}
var valid21 = _errs65 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data.detail !== undefined){
let data19 = data.detail;
const _errs66 = errors;
if(typeof data19 !== "string"){
validate35.errors = [{instancePath:instancePath+"/detail",schemaPath:"#/$defs/inputFile/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data19 === "auto") || (data19 === "low")) || (data19 === "high"))){
validate35.errors = [{instancePath:instancePath+"/detail",schemaPath:"#/$defs/inputFile/properties/detail/enum",keyword:"enum",params:{allowedValues: schema47.properties.detail.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid21 = _errs66 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data.file_data !== undefined){
let data20 = data.file_data;
const _errs68 = errors;
if((typeof data20 !== "string") && (data20 !== null)){
validate35.errors = [{instancePath:instancePath+"/file_data",schemaPath:"#/$defs/inputFile/properties/file_data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs68){
if(typeof data20 === "string"){
if(data20.length > 67108864 && func3(data20) > 67108864){
validate35.errors = [{instancePath:instancePath+"/file_data",schemaPath:"#/$defs/inputFile/properties/file_data/maxLength",keyword:"maxLength",params:{limit: 67108864},message:"must NOT have more than 67108864 characters"}];
return false;
}
else {
if(data20.length < 1 || (data20.length < 2 * 1 && func3(data20) < 1)){
validate35.errors = [{instancePath:instancePath+"/file_data",schemaPath:"#/$defs/inputFile/properties/file_data/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
}
var valid21 = _errs68 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data.file_id !== undefined){
let data21 = data.file_id;
const _errs71 = errors;
if((typeof data21 !== "string") && (data21 !== null)){
validate35.errors = [{instancePath:instancePath+"/file_id",schemaPath:"#/$defs/inputFile/properties/file_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs71){
if(typeof data21 === "string"){
if(data21.length > 512 && func3(data21) > 512){
validate35.errors = [{instancePath:instancePath+"/file_id",schemaPath:"#/$defs/inputFile/properties/file_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data21.length < 1 || (data21.length < 2 * 1 && func3(data21) < 1)){
validate35.errors = [{instancePath:instancePath+"/file_id",schemaPath:"#/$defs/inputFile/properties/file_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
}
var valid21 = _errs71 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data.file_url !== undefined){
let data22 = data.file_url;
const _errs74 = errors;
if((typeof data22 !== "string") && (data22 !== null)){
validate35.errors = [{instancePath:instancePath+"/file_url",schemaPath:"#/$defs/inputFile/properties/file_url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs74){
if(typeof data22 === "string"){
if(data22.length > 8192 && func3(data22) > 8192){
validate35.errors = [{instancePath:instancePath+"/file_url",schemaPath:"#/$defs/inputFile/properties/file_url/maxLength",keyword:"maxLength",params:{limit: 8192},message:"must NOT have more than 8192 characters"}];
return false;
}
else {
if(data22.length < 1 || (data22.length < 2 * 1 && func3(data22) < 1)){
validate35.errors = [{instancePath:instancePath+"/file_url",schemaPath:"#/$defs/inputFile/properties/file_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
}
var valid21 = _errs74 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data.filename !== undefined){
let data23 = data.filename;
const _errs77 = errors;
if((typeof data23 !== "string") && (data23 !== null)){
validate35.errors = [{instancePath:instancePath+"/filename",schemaPath:"#/$defs/inputFile/properties/filename/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs77){
if(typeof data23 === "string"){
if(data23.length > 256 && func3(data23) > 256){
validate35.errors = [{instancePath:instancePath+"/filename",schemaPath:"#/$defs/inputFile/properties/filename/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data23.length < 1 || (data23.length < 2 * 1 && func3(data23) < 1)){
validate35.errors = [{instancePath:instancePath+"/filename",schemaPath:"#/$defs/inputFile/properties/filename/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
}
var valid21 = _errs77 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data.prompt_cache_breakpoint !== undefined){
let data24 = data.prompt_cache_breakpoint;
const _errs80 = errors;
if((!(data24 && typeof data24 == "object" && !Array.isArray(data24))) && (data24 !== null)){
validate35.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/inputFile/properties/prompt_cache_breakpoint/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs80){
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
let missing13;
if((data24.mode === undefined) && (missing13 = "mode")){
validate35.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/inputFile/properties/prompt_cache_breakpoint/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"}];
return false;
}
else {
const _errs83 = errors;
for(const key5 in data24){
if(!(key5 === "mode")){
validate35.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint",schemaPath:"#/$defs/inputFile/properties/prompt_cache_breakpoint/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs83 === errors){
if(data24.mode !== undefined){
if("explicit" !== data24.mode){
validate35.errors = [{instancePath:instancePath+"/prompt_cache_breakpoint/mode",schemaPath:"#/$defs/inputFile/properties/prompt_cache_breakpoint/properties/mode/const",keyword:"const",params:{allowedValue: "explicit"},message:"must be equal to constant"}];
return false;
}
}
}
}
}
}
var valid21 = _errs80 === errors;
}
else {
var valid21 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/$defs/inputFile/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid3 = _errs51 === errors;
valid14 = _valid3;
}
if(!valid14){
const err20 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
validate35.errors = vErrors;
return false;
}
var valid0 = _errs47 === errors;
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing14;
if((data.type === undefined) && (missing14 = "type")){
validate35.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing14},message:"must have required property '"+missing14+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data26 = data.type;
if(typeof data26 !== "string"){
validate35.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data26 === "input_text") || (data26 === "input_image")) || (data26 === "input_file"))){
validate35.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema44.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.role === undefined) && (missing0 = "role")) || ((data.content === undefined) && (missing0 = "content"))){
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "role") || (key0 === "content")) || (key0 === "type")) || (key0 === "id")) || (key0 === "status")) || (key0 === "phase"))){
validate34.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.role !== undefined){
const _errs2 = errors;
if(typeof data.role !== "string"){
validate34.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data1 = data.content;
const _errs4 = errors;
const _errs5 = errors;
let valid1 = true;
const _errs6 = errors;
if(typeof data1 !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs6 === errors;
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs8 = errors;
if(errors === _errs8){
if(typeof data1 === "string"){
if(data1.length > 1000000 && func3(data1) > 1000000){
validate34.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/then/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid0 = _errs8 === errors;
valid1 = _valid0;
ifClause0 = "then";
}
else {
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data1)){
if(data1.length > 256){
validate34.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/else/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs12 = errors;
if(!(validate35(data1[i0], {instancePath:instancePath+"/content/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid2 = _errs12 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/else/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var _valid0 = _errs10 === errors;
valid1 = _valid0;
ifClause0 = "else";
}
if(!valid1){
const err1 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate34.errors = vErrors;
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs13 = errors;
if("message" !== data.type){
validate34.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "message"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data4 = data.id;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data4 === "string"){
if(data4.length > 512 && func3(data4) > 512){
validate34.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data4.length < 1 || (data4.length < 2 * 1 && func3(data4) < 1)){
validate34.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data5 = data.status;
const _errs16 = errors;
if(typeof data5 !== "string"){
validate34.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data5 === "in_progress") || (data5 === "completed")) || (data5 === "incomplete"))){
validate34.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema43.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.phase !== undefined){
let data6 = data.phase;
const _errs18 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate34.errors = [{instancePath:instancePath+"/phase",schemaPath:"#/properties/phase/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data6 === "commentary") || (data6 === "final_answer")) || (data6 === null))){
validate34.errors = [{instancePath:instancePath+"/phase",schemaPath:"#/properties/phase/enum",keyword:"enum",params:{allowedValues: schema43.properties.phase.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}

const schema48 = shippedSchemas["openai.responses"]["$defs"]["assistantMessage"];
const schema49 = shippedSchemas["openai.responses"]["$defs"]["outputContentPart"];

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.role === undefined) && (missing0 = "role")) || ((data.content === undefined) && (missing0 = "content"))){
validate38.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "role") || (key0 === "content")) || (key0 === "type")) || (key0 === "id")) || (key0 === "status")) || (key0 === "phase"))){
validate38.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.role !== undefined){
const _errs2 = errors;
if("assistant" !== data.role){
validate38.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/const",keyword:"const",params:{allowedValue: "assistant"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data1 = data.content;
const _errs3 = errors;
const _errs4 = errors;
let valid1 = true;
const _errs5 = errors;
if(typeof data1 !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs5 === errors;
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(data1.length > 1000000 && func3(data1) > 1000000){
validate38.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/then/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate38.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid0 = _errs7 === errors;
valid1 = _valid0;
ifClause0 = "then";
}
else {
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data1)){
if(data1.length > 256){
validate38.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/else/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs11 = errors;
const _errs12 = errors;
const _errs14 = errors;
const _errs15 = errors;
let valid5 = true;
const _errs16 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.type === undefined) && (missing1 = "type")){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
if(data2.type !== undefined){
if("output_text" !== data2.type){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
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
if(_valid1){
const _errs18 = errors;
if(errors === _errs18){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if(((data2.type === undefined) && (missing2 = "type")) || ((data2.text === undefined) && (missing2 = "text"))){
validate38.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/outputContentPart/allOf/0/then/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs20 = errors;
for(const key1 in data2){
if(!((((key1 === "type") || (key1 === "text")) || (key1 === "annotations")) || (key1 === "logprobs"))){
validate38.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/outputContentPart/allOf/0/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs20 === errors){
if(data2.type !== undefined){
const _errs21 = errors;
if("output_text" !== data2.type){
validate38.errors = [{instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/outputContentPart/allOf/0/then/properties/type/const",keyword:"const",params:{allowedValue: "output_text"},message:"must be equal to constant"}];
return false;
}
var valid7 = _errs21 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data2.text !== undefined){
let data5 = data2.text;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data5 === "string"){
if(data5.length > 1000000 && func3(data5) > 1000000){
validate38.errors = [{instancePath:instancePath+"/content/" + i0+"/text",schemaPath:"#/$defs/outputContentPart/allOf/0/then/properties/text/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate38.errors = [{instancePath:instancePath+"/content/" + i0+"/text",schemaPath:"#/$defs/outputContentPart/allOf/0/then/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs22 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data2.annotations !== undefined){
let data6 = data2.annotations;
const _errs24 = errors;
if(errors === _errs24){
if(Array.isArray(data6)){
if(data6.length > 256){
validate38.errors = [{instancePath:instancePath+"/content/" + i0+"/annotations",schemaPath:"#/$defs/outputContentPart/allOf/0/then/properties/annotations/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
var valid8 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
const _errs26 = errors;
if(errors === _errs26){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(Object.keys(data7).length > 64){
validate38.errors = [{instancePath:instancePath+"/content/" + i0+"/annotations/" + i1,schemaPath:"#/$defs/outputContentPart/allOf/0/then/properties/annotations/items/maxProperties",keyword:"maxProperties",params:{limit: 64},message:"must NOT have more than 64 properties"}];
return false;
}
else {
let missing3;
if((data7.type === undefined) && (missing3 = "type")){
validate38.errors = [{instancePath:instancePath+"/content/" + i0+"/annotations/" + i1,schemaPath:"#/$defs/outputContentPart/allOf/0/then/properties/annotations/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data7.type !== undefined){
let data8 = data7.type;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data8 === "string"){
if(data8.length > 256 && func3(data8) > 256){
validate38.errors = [{instancePath:instancePath+"/content/" + i0+"/annotations/" + i1+"/type",schemaPath:"#/$defs/outputContentPart/allOf/0/then/properties/annotations/items/properties/type/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
}
else {
validate38.errors = [{instancePath:instancePath+"/content/" + i0+"/annotations/" + i1+"/type",schemaPath:"#/$defs/outputContentPart/allOf/0/then/properties/annotations/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/content/" + i0+"/annotations/" + i1,schemaPath:"#/$defs/outputContentPart/allOf/0/then/properties/annotations/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid8 = _errs26 === errors;
if(!valid8){
break;
}
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/content/" + i0+"/annotations",schemaPath:"#/$defs/outputContentPart/allOf/0/then/properties/annotations/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid7 = _errs24 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data2.logprobs !== undefined){
let data9 = data2.logprobs;
const _errs30 = errors;
if(errors === _errs30){
if(Array.isArray(data9)){
if(data9.length > 1000000){
validate38.errors = [{instancePath:instancePath+"/content/" + i0+"/logprobs",schemaPath:"#/$defs/outputContentPart/allOf/0/then/properties/logprobs/maxItems",keyword:"maxItems",params:{limit: 1000000},message:"must NOT have more than 1000000 items"}];
return false;
}
else {
var valid10 = true;
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
let data10 = data9[i2];
const _errs32 = errors;
if(errors === _errs32){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(Object.keys(data10).length > 64){
validate38.errors = [{instancePath:instancePath+"/content/" + i0+"/logprobs/" + i2,schemaPath:"#/$defs/outputContentPart/allOf/0/then/properties/logprobs/items/maxProperties",keyword:"maxProperties",params:{limit: 64},message:"must NOT have more than 64 properties"}];
return false;
}
}
else {
validate38.errors = [{instancePath:instancePath+"/content/" + i0+"/logprobs/" + i2,schemaPath:"#/$defs/outputContentPart/allOf/0/then/properties/logprobs/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid10 = _errs32 === errors;
if(!valid10){
break;
}
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/content/" + i0+"/logprobs",schemaPath:"#/$defs/outputContentPart/allOf/0/then/properties/logprobs/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid7 = _errs30 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/outputContentPart/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid1 = _errs18 === errors;
valid5 = _valid1;
}
if(!valid5){
const err3 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/outputContentPart/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate38.errors = vErrors;
return false;
}
var valid4 = _errs14 === errors;
if(valid4){
const _errs34 = errors;
const _errs35 = errors;
let valid11 = true;
const _errs36 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing4;
if((data2.type === undefined) && (missing4 = "type")){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
if(data2.type !== undefined){
if("refusal" !== data2.type){
const err5 = {};
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
}
var _valid2 = _errs36 === errors;
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs38 = errors;
if(errors === _errs38){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing5;
if(((data2.type === undefined) && (missing5 = "type")) || ((data2.refusal === undefined) && (missing5 = "refusal"))){
validate38.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/outputContentPart/allOf/1/then/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs40 = errors;
for(const key2 in data2){
if(!((key2 === "type") || (key2 === "refusal"))){
validate38.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/outputContentPart/allOf/1/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs40 === errors){
if(data2.type !== undefined){
const _errs41 = errors;
if("refusal" !== data2.type){
validate38.errors = [{instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/outputContentPart/allOf/1/then/properties/type/const",keyword:"const",params:{allowedValue: "refusal"},message:"must be equal to constant"}];
return false;
}
var valid13 = _errs41 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data2.refusal !== undefined){
let data13 = data2.refusal;
const _errs42 = errors;
if(errors === _errs42){
if(typeof data13 === "string"){
if(data13.length > 1000000 && func3(data13) > 1000000){
validate38.errors = [{instancePath:instancePath+"/content/" + i0+"/refusal",schemaPath:"#/$defs/outputContentPart/allOf/1/then/properties/refusal/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate38.errors = [{instancePath:instancePath+"/content/" + i0+"/refusal",schemaPath:"#/$defs/outputContentPart/allOf/1/then/properties/refusal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid13 = _errs42 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/outputContentPart/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid2 = _errs38 === errors;
valid11 = _valid2;
}
if(!valid11){
const err6 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/outputContentPart/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate38.errors = vErrors;
return false;
}
var valid4 = _errs34 === errors;
}
if(errors === _errs12){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing6;
if((data2.type === undefined) && (missing6 = "type")){
validate38.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/outputContentPart/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
if(data2.type !== undefined){
let data14 = data2.type;
if(typeof data14 !== "string"){
validate38.errors = [{instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/outputContentPart/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data14 === "output_text") || (data14 === "refusal"))){
validate38.errors = [{instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/$defs/outputContentPart/properties/type/enum",keyword:"enum",params:{allowedValues: schema49.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/$defs/outputContentPart/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs11 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/else/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var _valid0 = _errs9 === errors;
valid1 = _valid0;
ifClause0 = "else";
}
if(!valid1){
const err7 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate38.errors = vErrors;
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs46 = errors;
if("message" !== data.type){
validate38.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "message"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs46 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data16 = data.id;
const _errs47 = errors;
if(errors === _errs47){
if(typeof data16 === "string"){
if(data16.length > 512 && func3(data16) > 512){
validate38.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data16.length < 1 || (data16.length < 2 * 1 && func3(data16) < 1)){
validate38.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs47 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data17 = data.status;
const _errs49 = errors;
if(typeof data17 !== "string"){
validate38.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data17 === "in_progress") || (data17 === "completed")) || (data17 === "incomplete"))){
validate38.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema48.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs49 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.phase !== undefined){
let data18 = data.phase;
const _errs51 = errors;
if((typeof data18 !== "string") && (data18 !== null)){
validate38.errors = [{instancePath:instancePath+"/phase",schemaPath:"#/properties/phase/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data18 === "commentary") || (data18 === "final_answer")) || (data18 === null))){
validate38.errors = [{instancePath:instancePath+"/phase",schemaPath:"#/properties/phase/enum",keyword:"enum",params:{allowedValues: schema48.properties.phase.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs51 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate38.errors = vErrors;
return errors === 0;
}


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.role === undefined) && (missing0 = "role")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.role !== undefined){
let data0 = data.role;
if(!(((data0 === "user") || (data0 === "system")) || (data0 === "developer"))){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(!(validate34(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate33.errors = vErrors;
return false;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs6 = errors;
const _errs7 = errors;
let valid3 = true;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.role === undefined) && (missing1 = "role")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.role !== undefined){
if("assistant" !== data.role){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs8 === errors;
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs10 = errors;
if(!(validate38(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
var _valid1 = _errs10 === errors;
valid3 = _valid1;
}
if(!valid3){
const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate33.errors = vErrors;
return false;
}
var valid0 = _errs6 === errors;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.role === undefined) && (missing2 = "role")){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data.role !== undefined){
let data2 = data.role;
if(typeof data2 !== "string"){
validate33.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data2 === "user") || (data2 === "system")) || (data2 === "developer")) || (data2 === "assistant"))){
validate33.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema42.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}

const schema51 = shippedSchemas["openai.responses"]["$defs"]["functionCall"];
const schema52 = shippedSchemas["openai.responses"]["$defs"]["caller"];

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.type === undefined) && (missing0 = "type")) || ((data.call_id === undefined) && (missing0 = "call_id"))) || ((data.name === undefined) && (missing0 = "name"))) || ((data.arguments === undefined) && (missing0 = "arguments"))){
validate41.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "type") || (key0 === "call_id")) || (key0 === "name")) || (key0 === "arguments")) || (key0 === "id")) || (key0 === "caller")) || (key0 === "namespace")) || (key0 === "status"))){
validate41.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("function_call" !== data.type){
validate41.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "function_call"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.call_id !== undefined){
let data1 = data.call_id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(data1.length > 512 && func3(data1) > 512){
validate41.errors = [{instancePath:instancePath+"/call_id",schemaPath:"#/properties/call_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data1.length < 1 || (data1.length < 2 * 1 && func3(data1) < 1)){
validate41.errors = [{instancePath:instancePath+"/call_id",schemaPath:"#/properties/call_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate41.errors = [{instancePath:instancePath+"/call_id",schemaPath:"#/properties/call_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data2 = data.name;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(!pattern1.test(data2)){
validate41.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,64}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,64}$"+"\""}];
return false;
}
}
else {
validate41.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.arguments !== undefined){
let data3 = data.arguments;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(data3.length > 1000000 && func3(data3) > 1000000){
validate41.errors = [{instancePath:instancePath+"/arguments",schemaPath:"#/properties/arguments/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate41.errors = [{instancePath:instancePath+"/arguments",schemaPath:"#/properties/arguments/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data4 = data.id;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(data4.length > 512 && func3(data4) > 512){
validate41.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data4.length < 1 || (data4.length < 2 * 1 && func3(data4) < 1)){
validate41.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate41.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.caller !== undefined){
let data5 = data.caller;
const _errs11 = errors;
const _errs12 = errors;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)){
validate41.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
const _errs15 = errors;
const _errs16 = errors;
let valid3 = true;
const _errs17 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if((data5.type === undefined) && (missing1 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data5.type !== undefined){
if("program" !== data5.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs17 === errors;
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs19 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing2;
if((data5.caller_id === undefined) && (missing2 = "caller_id")){
validate41.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/allOf/0/then/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
}
var _valid0 = _errs19 === errors;
valid3 = _valid0;
}
if(!valid3){
const err2 = {instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate41.errors = vErrors;
return false;
}
var valid2 = _errs15 === errors;
if(valid2){
const _errs20 = errors;
const _errs21 = errors;
let valid5 = true;
const _errs22 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing3;
if((data5.type === undefined) && (missing3 = "type")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data5.type !== undefined){
if("direct" !== data5.type){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs22 === errors;
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs24 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.caller_id !== undefined){
validate41.errors = [{instancePath:instancePath+"/caller/caller_id",schemaPath:"#/$defs/caller/allOf/1/then/properties/caller_id/false schema",keyword:"false schema",params:{},message:"boolean schema is false"}];
return false;
}
}
var _valid1 = _errs24 === errors;
valid5 = _valid1;
}
if(!valid5){
const err5 = {instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate41.errors = vErrors;
return false;
}
var valid2 = _errs20 === errors;
}
if(errors === _errs12){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing4;
if((data5.type === undefined) && (missing4 = "type")){
validate41.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs25 = errors;
for(const key1 in data5){
if(!((key1 === "type") || (key1 === "caller_id"))){
validate41.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs25 === errors){
if(data5.type !== undefined){
let data9 = data5.type;
const _errs26 = errors;
if(typeof data9 !== "string"){
validate41.errors = [{instancePath:instancePath+"/caller/type",schemaPath:"#/$defs/caller/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data9 === "direct") || (data9 === "program"))){
validate41.errors = [{instancePath:instancePath+"/caller/type",schemaPath:"#/$defs/caller/properties/type/enum",keyword:"enum",params:{allowedValues: schema52.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid8 = _errs26 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data5.caller_id !== undefined){
let data10 = data5.caller_id;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data10 === "string"){
if(data10.length > 512 && func3(data10) > 512){
validate41.errors = [{instancePath:instancePath+"/caller/caller_id",schemaPath:"#/$defs/caller/properties/caller_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data10.length < 1 || (data10.length < 2 * 1 && func3(data10) < 1)){
validate41.errors = [{instancePath:instancePath+"/caller/caller_id",schemaPath:"#/$defs/caller/properties/caller_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate41.errors = [{instancePath:instancePath+"/caller/caller_id",schemaPath:"#/$defs/caller/properties/caller_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs28 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.namespace !== undefined){
let data11 = data.namespace;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data11 === "string"){
if(data11.length > 256 && func3(data11) > 256){
validate41.errors = [{instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data11.length < 1 || (data11.length < 2 * 1 && func3(data11) < 1)){
validate41.errors = [{instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate41.errors = [{instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data12 = data.status;
const _errs32 = errors;
if(typeof data12 !== "string"){
validate41.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data12 === "in_progress") || (data12 === "completed")) || (data12 === "incomplete"))){
validate41.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema51.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate41.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate41.errors = vErrors;
return errors === 0;
}

const schema53 = shippedSchemas["openai.responses"]["$defs"]["functionCallOutput"];

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.call_id === undefined) && (missing0 = "call_id"))) || ((data.output === undefined) && (missing0 = "output"))){
validate43.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "call_id")) || (key0 === "output")) || (key0 === "id")) || (key0 === "caller")) || (key0 === "status"))){
validate43.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("function_call_output" !== data.type){
validate43.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "function_call_output"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.call_id !== undefined){
let data1 = data.call_id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(data1.length > 512 && func3(data1) > 512){
validate43.errors = [{instancePath:instancePath+"/call_id",schemaPath:"#/properties/call_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data1.length < 1 || (data1.length < 2 * 1 && func3(data1) < 1)){
validate43.errors = [{instancePath:instancePath+"/call_id",schemaPath:"#/properties/call_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/call_id",schemaPath:"#/properties/call_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.output !== undefined){
let data2 = data.output;
const _errs5 = errors;
const _errs6 = errors;
let valid1 = true;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs7 === errors;
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(data2.length > 1000000 && func3(data2) > 1000000){
validate43.errors = [{instancePath:instancePath+"/output",schemaPath:"#/properties/output/then/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/output",schemaPath:"#/properties/output/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid0 = _errs9 === errors;
valid1 = _valid0;
ifClause0 = "then";
}
else {
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data2)){
if(data2.length > 256){
validate43.errors = [{instancePath:instancePath+"/output",schemaPath:"#/properties/output/else/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs13 = errors;
if(!(validate35(data2[i0], {instancePath:instancePath+"/output/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid2 = _errs13 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/output",schemaPath:"#/properties/output/else/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var _valid0 = _errs11 === errors;
valid1 = _valid0;
ifClause0 = "else";
}
if(!valid1){
const err1 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate43.errors = vErrors;
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data4 = data.id;
const _errs14 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate43.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs14){
if(typeof data4 === "string"){
if(data4.length > 512 && func3(data4) > 512){
validate43.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data4.length < 1 || (data4.length < 2 * 1 && func3(data4) < 1)){
validate43.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.caller !== undefined){
let data5 = data.caller;
const _errs17 = errors;
const _errs18 = errors;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)){
validate43.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
const _errs21 = errors;
const _errs22 = errors;
let valid5 = true;
const _errs23 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if((data5.type === undefined) && (missing1 = "type")){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
if(data5.type !== undefined){
if("program" !== data5.type){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
var _valid1 = _errs23 === errors;
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs25 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing2;
if((data5.caller_id === undefined) && (missing2 = "caller_id")){
validate43.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/allOf/0/then/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
}
var _valid1 = _errs25 === errors;
valid5 = _valid1;
}
if(!valid5){
const err4 = {instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate43.errors = vErrors;
return false;
}
var valid4 = _errs21 === errors;
if(valid4){
const _errs26 = errors;
const _errs27 = errors;
let valid7 = true;
const _errs28 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing3;
if((data5.type === undefined) && (missing3 = "type")){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
if(data5.type !== undefined){
if("direct" !== data5.type){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
var _valid2 = _errs28 === errors;
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs30 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.caller_id !== undefined){
validate43.errors = [{instancePath:instancePath+"/caller/caller_id",schemaPath:"#/$defs/caller/allOf/1/then/properties/caller_id/false schema",keyword:"false schema",params:{},message:"boolean schema is false"}];
return false;
}
}
var _valid2 = _errs30 === errors;
valid7 = _valid2;
}
if(!valid7){
const err7 = {instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate43.errors = vErrors;
return false;
}
var valid4 = _errs26 === errors;
}
if(errors === _errs18){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing4;
if((data5.type === undefined) && (missing4 = "type")){
validate43.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs31 = errors;
for(const key1 in data5){
if(!((key1 === "type") || (key1 === "caller_id"))){
validate43.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs31 === errors){
if(data5.type !== undefined){
let data9 = data5.type;
const _errs32 = errors;
if(typeof data9 !== "string"){
validate43.errors = [{instancePath:instancePath+"/caller/type",schemaPath:"#/$defs/caller/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data9 === "direct") || (data9 === "program"))){
validate43.errors = [{instancePath:instancePath+"/caller/type",schemaPath:"#/$defs/caller/properties/type/enum",keyword:"enum",params:{allowedValues: schema52.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid10 = _errs32 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data5.caller_id !== undefined){
let data10 = data5.caller_id;
const _errs34 = errors;
if(errors === _errs34){
if(typeof data10 === "string"){
if(data10.length > 512 && func3(data10) > 512){
validate43.errors = [{instancePath:instancePath+"/caller/caller_id",schemaPath:"#/$defs/caller/properties/caller_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data10.length < 1 || (data10.length < 2 * 1 && func3(data10) < 1)){
validate43.errors = [{instancePath:instancePath+"/caller/caller_id",schemaPath:"#/$defs/caller/properties/caller_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/caller/caller_id",schemaPath:"#/$defs/caller/properties/caller_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs34 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data11 = data.status;
const _errs36 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
validate43.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data11 === "in_progress") || (data11 === "completed")) || (data11 === "incomplete")) || (data11 === null))){
validate43.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema53.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate43.errors = vErrors;
return errors === 0;
}

const schema55 = shippedSchemas["openai.responses"]["$defs"]["customToolCall"];

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.type === undefined) && (missing0 = "type")) || ((data.call_id === undefined) && (missing0 = "call_id"))) || ((data.name === undefined) && (missing0 = "name"))) || ((data.input === undefined) && (missing0 = "input"))){
validate46.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "call_id")) || (key0 === "name")) || (key0 === "input")) || (key0 === "id")) || (key0 === "caller")) || (key0 === "namespace"))){
validate46.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("custom_tool_call" !== data.type){
validate46.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "custom_tool_call"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.call_id !== undefined){
let data1 = data.call_id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(data1.length > 512 && func3(data1) > 512){
validate46.errors = [{instancePath:instancePath+"/call_id",schemaPath:"#/properties/call_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data1.length < 1 || (data1.length < 2 * 1 && func3(data1) < 1)){
validate46.errors = [{instancePath:instancePath+"/call_id",schemaPath:"#/properties/call_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/call_id",schemaPath:"#/properties/call_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data2 = data.name;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(!pattern1.test(data2)){
validate46.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,64}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,64}$"+"\""}];
return false;
}
}
else {
validate46.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input !== undefined){
let data3 = data.input;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(data3.length > 1000000 && func3(data3) > 1000000){
validate46.errors = [{instancePath:instancePath+"/input",schemaPath:"#/properties/input/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate46.errors = [{instancePath:instancePath+"/input",schemaPath:"#/properties/input/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data4 = data.id;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(data4.length > 512 && func3(data4) > 512){
validate46.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data4.length < 1 || (data4.length < 2 * 1 && func3(data4) < 1)){
validate46.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.caller !== undefined){
let data5 = data.caller;
const _errs11 = errors;
const _errs12 = errors;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)){
validate46.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
const _errs15 = errors;
const _errs16 = errors;
let valid3 = true;
const _errs17 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if((data5.type === undefined) && (missing1 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data5.type !== undefined){
if("program" !== data5.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs17 === errors;
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs19 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing2;
if((data5.caller_id === undefined) && (missing2 = "caller_id")){
validate46.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/allOf/0/then/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
}
var _valid0 = _errs19 === errors;
valid3 = _valid0;
}
if(!valid3){
const err2 = {instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate46.errors = vErrors;
return false;
}
var valid2 = _errs15 === errors;
if(valid2){
const _errs20 = errors;
const _errs21 = errors;
let valid5 = true;
const _errs22 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing3;
if((data5.type === undefined) && (missing3 = "type")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data5.type !== undefined){
if("direct" !== data5.type){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs22 === errors;
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs24 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.caller_id !== undefined){
validate46.errors = [{instancePath:instancePath+"/caller/caller_id",schemaPath:"#/$defs/caller/allOf/1/then/properties/caller_id/false schema",keyword:"false schema",params:{},message:"boolean schema is false"}];
return false;
}
}
var _valid1 = _errs24 === errors;
valid5 = _valid1;
}
if(!valid5){
const err5 = {instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate46.errors = vErrors;
return false;
}
var valid2 = _errs20 === errors;
}
if(errors === _errs12){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing4;
if((data5.type === undefined) && (missing4 = "type")){
validate46.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs25 = errors;
for(const key1 in data5){
if(!((key1 === "type") || (key1 === "caller_id"))){
validate46.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs25 === errors){
if(data5.type !== undefined){
let data9 = data5.type;
const _errs26 = errors;
if(typeof data9 !== "string"){
validate46.errors = [{instancePath:instancePath+"/caller/type",schemaPath:"#/$defs/caller/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data9 === "direct") || (data9 === "program"))){
validate46.errors = [{instancePath:instancePath+"/caller/type",schemaPath:"#/$defs/caller/properties/type/enum",keyword:"enum",params:{allowedValues: schema52.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid8 = _errs26 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data5.caller_id !== undefined){
let data10 = data5.caller_id;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data10 === "string"){
if(data10.length > 512 && func3(data10) > 512){
validate46.errors = [{instancePath:instancePath+"/caller/caller_id",schemaPath:"#/$defs/caller/properties/caller_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data10.length < 1 || (data10.length < 2 * 1 && func3(data10) < 1)){
validate46.errors = [{instancePath:instancePath+"/caller/caller_id",schemaPath:"#/$defs/caller/properties/caller_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/caller/caller_id",schemaPath:"#/$defs/caller/properties/caller_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs28 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.namespace !== undefined){
let data11 = data.namespace;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data11 === "string"){
if(data11.length > 256 && func3(data11) > 256){
validate46.errors = [{instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data11.length < 1 || (data11.length < 2 * 1 && func3(data11) < 1)){
validate46.errors = [{instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate46.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate46.errors = vErrors;
return errors === 0;
}

const schema57 = shippedSchemas["openai.responses"]["$defs"]["customToolCallOutput"];

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.call_id === undefined) && (missing0 = "call_id"))) || ((data.output === undefined) && (missing0 = "output"))){
validate48.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "call_id")) || (key0 === "output")) || (key0 === "id")) || (key0 === "caller"))){
validate48.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("custom_tool_call_output" !== data.type){
validate48.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "custom_tool_call_output"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.call_id !== undefined){
let data1 = data.call_id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(data1.length > 512 && func3(data1) > 512){
validate48.errors = [{instancePath:instancePath+"/call_id",schemaPath:"#/properties/call_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data1.length < 1 || (data1.length < 2 * 1 && func3(data1) < 1)){
validate48.errors = [{instancePath:instancePath+"/call_id",schemaPath:"#/properties/call_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate48.errors = [{instancePath:instancePath+"/call_id",schemaPath:"#/properties/call_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.output !== undefined){
let data2 = data.output;
const _errs5 = errors;
const _errs6 = errors;
let valid1 = true;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs7 === errors;
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(data2.length > 1000000 && func3(data2) > 1000000){
validate48.errors = [{instancePath:instancePath+"/output",schemaPath:"#/properties/output/then/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate48.errors = [{instancePath:instancePath+"/output",schemaPath:"#/properties/output/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid0 = _errs9 === errors;
valid1 = _valid0;
ifClause0 = "then";
}
else {
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data2)){
if(data2.length > 256){
validate48.errors = [{instancePath:instancePath+"/output",schemaPath:"#/properties/output/else/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs13 = errors;
if(!(validate35(data2[i0], {instancePath:instancePath+"/output/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid2 = _errs13 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate48.errors = [{instancePath:instancePath+"/output",schemaPath:"#/properties/output/else/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var _valid0 = _errs11 === errors;
valid1 = _valid0;
ifClause0 = "else";
}
if(!valid1){
const err1 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate48.errors = vErrors;
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data4 = data.id;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data4 === "string"){
if(data4.length > 512 && func3(data4) > 512){
validate48.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data4.length < 1 || (data4.length < 2 * 1 && func3(data4) < 1)){
validate48.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate48.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.caller !== undefined){
let data5 = data.caller;
const _errs16 = errors;
const _errs17 = errors;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)){
validate48.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
const _errs20 = errors;
const _errs21 = errors;
let valid5 = true;
const _errs22 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if((data5.type === undefined) && (missing1 = "type")){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
if(data5.type !== undefined){
if("program" !== data5.type){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
var _valid1 = _errs22 === errors;
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs24 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing2;
if((data5.caller_id === undefined) && (missing2 = "caller_id")){
validate48.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/allOf/0/then/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
}
var _valid1 = _errs24 === errors;
valid5 = _valid1;
}
if(!valid5){
const err4 = {instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate48.errors = vErrors;
return false;
}
var valid4 = _errs20 === errors;
if(valid4){
const _errs25 = errors;
const _errs26 = errors;
let valid7 = true;
const _errs27 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing3;
if((data5.type === undefined) && (missing3 = "type")){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
if(data5.type !== undefined){
if("direct" !== data5.type){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
var _valid2 = _errs27 === errors;
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs29 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.caller_id !== undefined){
validate48.errors = [{instancePath:instancePath+"/caller/caller_id",schemaPath:"#/$defs/caller/allOf/1/then/properties/caller_id/false schema",keyword:"false schema",params:{},message:"boolean schema is false"}];
return false;
}
}
var _valid2 = _errs29 === errors;
valid7 = _valid2;
}
if(!valid7){
const err7 = {instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate48.errors = vErrors;
return false;
}
var valid4 = _errs25 === errors;
}
if(errors === _errs17){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing4;
if((data5.type === undefined) && (missing4 = "type")){
validate48.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs30 = errors;
for(const key1 in data5){
if(!((key1 === "type") || (key1 === "caller_id"))){
validate48.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs30 === errors){
if(data5.type !== undefined){
let data9 = data5.type;
const _errs31 = errors;
if(typeof data9 !== "string"){
validate48.errors = [{instancePath:instancePath+"/caller/type",schemaPath:"#/$defs/caller/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data9 === "direct") || (data9 === "program"))){
validate48.errors = [{instancePath:instancePath+"/caller/type",schemaPath:"#/$defs/caller/properties/type/enum",keyword:"enum",params:{allowedValues: schema52.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid10 = _errs31 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data5.caller_id !== undefined){
let data10 = data5.caller_id;
const _errs33 = errors;
if(errors === _errs33){
if(typeof data10 === "string"){
if(data10.length > 512 && func3(data10) > 512){
validate48.errors = [{instancePath:instancePath+"/caller/caller_id",schemaPath:"#/$defs/caller/properties/caller_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data10.length < 1 || (data10.length < 2 * 1 && func3(data10) < 1)){
validate48.errors = [{instancePath:instancePath+"/caller/caller_id",schemaPath:"#/$defs/caller/properties/caller_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate48.errors = [{instancePath:instancePath+"/caller/caller_id",schemaPath:"#/$defs/caller/properties/caller_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs33 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate48.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate48.errors = vErrors;
return errors === 0;
}

const schema61 = shippedSchemas["openai.responses"]["$defs"]["additionalTools"];
const schema62 = shippedSchemas["openai.responses"]["$defs"]["tool"];
const schema63 = shippedSchemas["openai.responses"]["$defs"]["functionTool"];
const schema64 = shippedSchemas["openai.responses"]["$defs"]["customTool"];

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined){
if("function" !== data.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.type === undefined) && (missing1 = "type")) || ((data.name === undefined) && (missing1 = "name"))){
validate52.errors = [{instancePath,schemaPath:"#/$defs/functionTool/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs8 = errors;
for(const key0 in data){
if(!((((((((key0 === "type") || (key0 === "name")) || (key0 === "description")) || (key0 === "parameters")) || (key0 === "strict")) || (key0 === "allowed_callers")) || (key0 === "defer_loading")) || (key0 === "output_schema"))){
validate52.errors = [{instancePath,schemaPath:"#/$defs/functionTool/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs8 === errors){
if(data.type !== undefined){
const _errs9 = errors;
if("function" !== data.type){
validate52.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/functionTool/properties/type/const",keyword:"const",params:{allowedValue: "function"},message:"must be equal to constant"}];
return false;
}
var valid4 = _errs9 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.name !== undefined){
let data2 = data.name;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data2 === "string"){
if(!pattern1.test(data2)){
validate52.errors = [{instancePath:instancePath+"/name",schemaPath:"#/$defs/functionTool/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,64}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,64}$"+"\""}];
return false;
}
}
else {
validate52.errors = [{instancePath:instancePath+"/name",schemaPath:"#/$defs/functionTool/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs10 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.description !== undefined){
let data3 = data.description;
const _errs12 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate52.errors = [{instancePath:instancePath+"/description",schemaPath:"#/$defs/functionTool/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs12){
if(typeof data3 === "string"){
if(data3.length > 1000000 && func3(data3) > 1000000){
validate52.errors = [{instancePath:instancePath+"/description",schemaPath:"#/$defs/functionTool/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
}
var valid4 = _errs12 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.parameters !== undefined){
let data4 = data.parameters;
const _errs15 = errors;
if((!(data4 && typeof data4 == "object" && !Array.isArray(data4))) && (data4 !== null)){
validate52.errors = [{instancePath:instancePath+"/parameters",schemaPath:"#/$defs/functionTool/properties/parameters/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.strict !== undefined){
let data5 = data.strict;
const _errs18 = errors;
if((typeof data5 !== "boolean") && (data5 !== null)){
validate52.errors = [{instancePath:instancePath+"/strict",schemaPath:"#/$defs/functionTool/properties/strict/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.allowed_callers !== undefined){
let data6 = data.allowed_callers;
const _errs21 = errors;
if((!(Array.isArray(data6))) && (data6 !== null)){
validate52.errors = [{instancePath:instancePath+"/allowed_callers",schemaPath:"#/$defs/functionTool/properties/allowed_callers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
if(errors === _errs21){
if(Array.isArray(data6)){
if(data6.length > 2){
validate52.errors = [{instancePath:instancePath+"/allowed_callers",schemaPath:"#/$defs/functionTool/properties/allowed_callers/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"}];
return false;
}
else {
var valid5 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
const _errs24 = errors;
if(typeof data7 !== "string"){
validate52.errors = [{instancePath:instancePath+"/allowed_callers/" + i0,schemaPath:"#/$defs/functionTool/properties/allowed_callers/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data7 === "direct") || (data7 === "programmatic"))){
validate52.errors = [{instancePath:instancePath+"/allowed_callers/" + i0,schemaPath:"#/$defs/functionTool/properties/allowed_callers/items/enum",keyword:"enum",params:{allowedValues: schema63.properties.allowed_callers.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid5 = _errs24 === errors;
if(!valid5){
break;
}
}
}
}
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.defer_loading !== undefined){
const _errs26 = errors;
if(typeof data.defer_loading !== "boolean"){
validate52.errors = [{instancePath:instancePath+"/defer_loading",schemaPath:"#/$defs/functionTool/properties/defer_loading/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.output_schema !== undefined){
let data9 = data.output_schema;
const _errs28 = errors;
if((!(data9 && typeof data9 == "object" && !Array.isArray(data9))) && (data9 !== null)){
validate52.errors = [{instancePath:instancePath+"/output_schema",schemaPath:"#/$defs/functionTool/properties/output_schema/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid4 = _errs28 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate52.errors = [{instancePath,schemaPath:"#/$defs/functionTool/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate52.errors = vErrors;
return false;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs31 = errors;
const _errs32 = errors;
let valid6 = true;
const _errs33 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.type === undefined) && (missing2 = "type")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.type !== undefined){
if("custom" !== data.type){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs33 === errors;
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs35 = errors;
const _errs36 = errors;
if(errors === _errs36){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if(((data.type === undefined) && (missing3 = "type")) || ((data.name === undefined) && (missing3 = "name"))){
validate52.errors = [{instancePath,schemaPath:"#/$defs/customTool/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs38 = errors;
for(const key1 in data){
if(!((((((key1 === "type") || (key1 === "name")) || (key1 === "description")) || (key1 === "format")) || (key1 === "allowed_callers")) || (key1 === "defer_loading"))){
validate52.errors = [{instancePath,schemaPath:"#/$defs/customTool/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs38 === errors){
if(data.type !== undefined){
const _errs39 = errors;
if("custom" !== data.type){
validate52.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/customTool/properties/type/const",keyword:"const",params:{allowedValue: "custom"},message:"must be equal to constant"}];
return false;
}
var valid9 = _errs39 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.name !== undefined){
let data12 = data.name;
const _errs40 = errors;
if(errors === _errs40){
if(typeof data12 === "string"){
if(!pattern1.test(data12)){
validate52.errors = [{instancePath:instancePath+"/name",schemaPath:"#/$defs/customTool/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,64}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,64}$"+"\""}];
return false;
}
}
else {
validate52.errors = [{instancePath:instancePath+"/name",schemaPath:"#/$defs/customTool/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs40 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.description !== undefined){
let data13 = data.description;
const _errs42 = errors;
if(errors === _errs42){
if(typeof data13 === "string"){
if(data13.length > 1000000 && func3(data13) > 1000000){
validate52.errors = [{instancePath:instancePath+"/description",schemaPath:"#/$defs/customTool/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate52.errors = [{instancePath:instancePath+"/description",schemaPath:"#/$defs/customTool/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs42 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.format !== undefined){
let data14 = data.format;
const _errs44 = errors;
const _errs46 = errors;
const _errs47 = errors;
let valid11 = true;
const _errs48 = errors;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing4;
if((data14.type === undefined) && (missing4 = "type")){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
if(data14.type !== undefined){
if("text" !== data14.type){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
var _valid2 = _errs48 === errors;
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs50 = errors;
if(errors === _errs50){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
const _errs52 = errors;
for(const key2 in data14){
if(!(key2 === "type")){
validate52.errors = [{instancePath:instancePath+"/format",schemaPath:"#/$defs/customTool/properties/format/allOf/0/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs52 === errors){
if(data14.type !== undefined){
if("text" !== data14.type){
validate52.errors = [{instancePath:instancePath+"/format/type",schemaPath:"#/$defs/customTool/properties/format/allOf/0/then/properties/type/const",keyword:"const",params:{allowedValue: "text"},message:"must be equal to constant"}];
return false;
}
}
}
}
else {
validate52.errors = [{instancePath:instancePath+"/format",schemaPath:"#/$defs/customTool/properties/format/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid2 = _errs50 === errors;
valid11 = _valid2;
}
if(!valid11){
const err7 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/customTool/properties/format/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate52.errors = vErrors;
return false;
}
var valid10 = _errs46 === errors;
if(valid10){
const _errs54 = errors;
const _errs55 = errors;
let valid14 = true;
const _errs56 = errors;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing5;
if((data14.type === undefined) && (missing5 = "type")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data14.type !== undefined){
if("grammar" !== data14.type){
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
}
}
var _valid3 = _errs56 === errors;
errors = _errs55;
if(vErrors !== null){
if(_errs55){
vErrors.length = _errs55;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs58 = errors;
if(errors === _errs58){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing6;
if((((data14.type === undefined) && (missing6 = "type")) || ((data14.definition === undefined) && (missing6 = "definition"))) || ((data14.syntax === undefined) && (missing6 = "syntax"))){
validate52.errors = [{instancePath:instancePath+"/format",schemaPath:"#/$defs/customTool/properties/format/allOf/1/then/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs60 = errors;
for(const key3 in data14){
if(!(((key3 === "type") || (key3 === "definition")) || (key3 === "syntax"))){
validate52.errors = [{instancePath:instancePath+"/format",schemaPath:"#/$defs/customTool/properties/format/allOf/1/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs60 === errors){
if(data14.type !== undefined){
const _errs61 = errors;
if("grammar" !== data14.type){
validate52.errors = [{instancePath:instancePath+"/format/type",schemaPath:"#/$defs/customTool/properties/format/allOf/1/then/properties/type/const",keyword:"const",params:{allowedValue: "grammar"},message:"must be equal to constant"}];
return false;
}
var valid16 = _errs61 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data14.definition !== undefined){
let data19 = data14.definition;
const _errs62 = errors;
if(errors === _errs62){
if(typeof data19 === "string"){
if(data19.length > 1000000 && func3(data19) > 1000000){
validate52.errors = [{instancePath:instancePath+"/format/definition",schemaPath:"#/$defs/customTool/properties/format/allOf/1/then/properties/definition/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate52.errors = [{instancePath:instancePath+"/format/definition",schemaPath:"#/$defs/customTool/properties/format/allOf/1/then/properties/definition/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid16 = _errs62 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data14.syntax !== undefined){
let data20 = data14.syntax;
const _errs64 = errors;
if(typeof data20 !== "string"){
validate52.errors = [{instancePath:instancePath+"/format/syntax",schemaPath:"#/$defs/customTool/properties/format/allOf/1/then/properties/syntax/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data20 === "lark") || (data20 === "regex"))){
validate52.errors = [{instancePath:instancePath+"/format/syntax",schemaPath:"#/$defs/customTool/properties/format/allOf/1/then/properties/syntax/enum",keyword:"enum",params:{allowedValues: schema64.properties.format.allOf[1].then.properties.syntax.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid16 = _errs64 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
}
else {
validate52.errors = [{instancePath:instancePath+"/format",schemaPath:"#/$defs/customTool/properties/format/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid3 = _errs58 === errors;
valid14 = _valid3;
}
if(!valid14){
const err10 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/customTool/properties/format/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate52.errors = vErrors;
return false;
}
var valid10 = _errs54 === errors;
}
if(errors === _errs44){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing7;
if((data14.type === undefined) && (missing7 = "type")){
validate52.errors = [{instancePath:instancePath+"/format",schemaPath:"#/$defs/customTool/properties/format/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
if(data14.type !== undefined){
let data21 = data14.type;
if(typeof data21 !== "string"){
validate52.errors = [{instancePath:instancePath+"/format/type",schemaPath:"#/$defs/customTool/properties/format/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data21 === "text") || (data21 === "grammar"))){
validate52.errors = [{instancePath:instancePath+"/format/type",schemaPath:"#/$defs/customTool/properties/format/properties/type/enum",keyword:"enum",params:{allowedValues: schema64.properties.format.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate52.errors = [{instancePath:instancePath+"/format",schemaPath:"#/$defs/customTool/properties/format/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs44 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.allowed_callers !== undefined){
let data22 = data.allowed_callers;
const _errs68 = errors;
if((!(Array.isArray(data22))) && (data22 !== null)){
validate52.errors = [{instancePath:instancePath+"/allowed_callers",schemaPath:"#/$defs/customTool/properties/allowed_callers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
if(errors === _errs68){
if(Array.isArray(data22)){
if(data22.length > 2){
validate52.errors = [{instancePath:instancePath+"/allowed_callers",schemaPath:"#/$defs/customTool/properties/allowed_callers/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"}];
return false;
}
else {
var valid18 = true;
const len1 = data22.length;
for(let i1=0; i1<len1; i1++){
let data23 = data22[i1];
const _errs71 = errors;
if(typeof data23 !== "string"){
validate52.errors = [{instancePath:instancePath+"/allowed_callers/" + i1,schemaPath:"#/$defs/customTool/properties/allowed_callers/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data23 === "direct") || (data23 === "programmatic"))){
validate52.errors = [{instancePath:instancePath+"/allowed_callers/" + i1,schemaPath:"#/$defs/customTool/properties/allowed_callers/items/enum",keyword:"enum",params:{allowedValues: schema64.properties.allowed_callers.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid18 = _errs71 === errors;
if(!valid18){
break;
}
}
}
}
}
var valid9 = _errs68 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.defer_loading !== undefined){
const _errs73 = errors;
if(typeof data.defer_loading !== "boolean"){
validate52.errors = [{instancePath:instancePath+"/defer_loading",schemaPath:"#/$defs/customTool/properties/defer_loading/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid9 = _errs73 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
}
}
}
}
else {
validate52.errors = [{instancePath,schemaPath:"#/$defs/customTool/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid1 = _errs35 === errors;
valid6 = _valid1;
}
if(!valid6){
const err11 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate52.errors = vErrors;
return false;
}
var valid0 = _errs31 === errors;
if(valid0){
const _errs75 = errors;
const _errs76 = errors;
let valid19 = true;
const _errs77 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((data.type === undefined) && (missing8 = "type")){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
if(data.type !== undefined){
let data25 = data.type;
if(!((((((((((((((((data25 === "file_search") || (data25 === "computer")) || (data25 === "computer_use_preview")) || (data25 === "web_search")) || (data25 === "web_search_2025_08_26")) || (data25 === "web_search_preview")) || (data25 === "web_search_preview_2025_03_11")) || (data25 === "mcp")) || (data25 === "code_interpreter")) || (data25 === "programmatic_tool_calling")) || (data25 === "image_generation")) || (data25 === "local_shell")) || (data25 === "shell")) || (data25 === "namespace")) || (data25 === "tool_search")) || (data25 === "apply_patch"))){
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
}
}
var _valid4 = _errs77 === errors;
errors = _errs76;
if(vErrors !== null){
if(_errs76){
vErrors.length = _errs76;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs79 = errors;
if(errors === _errs79){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 64){
validate52.errors = [{instancePath,schemaPath:"#/allOf/2/then/maxProperties",keyword:"maxProperties",params:{limit: 64},message:"must NOT have more than 64 properties"}];
return false;
}
}
else {
validate52.errors = [{instancePath,schemaPath:"#/allOf/2/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid4 = _errs79 === errors;
valid19 = _valid4;
}
if(!valid19){
const err14 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate52.errors = vErrors;
return false;
}
var valid0 = _errs75 === errors;
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((data.type === undefined) && (missing9 = "type")){
validate52.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data26 = data.type;
if(typeof data26 !== "string"){
validate52.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((((((((((data26 === "function") || (data26 === "custom")) || (data26 === "file_search")) || (data26 === "computer")) || (data26 === "computer_use_preview")) || (data26 === "web_search")) || (data26 === "web_search_2025_08_26")) || (data26 === "web_search_preview")) || (data26 === "web_search_preview_2025_03_11")) || (data26 === "mcp")) || (data26 === "code_interpreter")) || (data26 === "programmatic_tool_calling")) || (data26 === "image_generation")) || (data26 === "local_shell")) || (data26 === "shell")) || (data26 === "namespace")) || (data26 === "tool_search")) || (data26 === "apply_patch"))){
validate52.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema62.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate52.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate52.errors = vErrors;
return errors === 0;
}


function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.role === undefined) && (missing0 = "role"))) || ((data.tools === undefined) && (missing0 = "tools"))){
validate51.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "role")) || (key0 === "tools")) || (key0 === "id"))){
validate51.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("additional_tools" !== data.type){
validate51.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "additional_tools"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.role !== undefined){
const _errs3 = errors;
if("developer" !== data.role){
validate51.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/const",keyword:"const",params:{allowedValue: "developer"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tools !== undefined){
let data2 = data.tools;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data2)){
if(data2.length > 128){
validate51.errors = [{instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/maxItems",keyword:"maxItems",params:{limit: 128},message:"must NOT have more than 128 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs6 = errors;
if(!(validate52(data2[i0], {instancePath:instancePath+"/tools/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data4 = data.id;
const _errs7 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate51.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs7){
if(typeof data4 === "string"){
if(data4.length > 512 && func3(data4) > 512){
validate51.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data4.length < 1 || (data4.length < 2 * 1 && func3(data4) < 1)){
validate51.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate51.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate51.errors = vErrors;
return errors === 0;
}


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("message" !== data.type){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
const _errs6 = errors;
let valid3 = true;
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
if(data.role !== undefined){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
var _valid1 = _errs7 === errors;
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid1){
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.id === undefined) && (missing1 = "id")){
validate32.errors = [{instancePath,schemaPath:"#/$defs/itemReference/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs11 = errors;
for(const key0 in data){
if(!((key0 === "id") || (key0 === "type"))){
validate32.errors = [{instancePath,schemaPath:"#/$defs/itemReference/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs11 === errors){
if(data.id !== undefined){
let data2 = data.id;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data2 === "string"){
if(data2.length > 512 && func3(data2) > 512){
validate32.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/itemReference/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data2.length < 1 || (data2.length < 2 * 1 && func3(data2) < 1)){
validate32.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/itemReference/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/itemReference/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs12 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.type !== undefined){
let data3 = data.type;
const _errs14 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate32.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/itemReference/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data3 === "item_reference") || (data3 === null))){
validate32.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/itemReference/properties/type/enum",keyword:"enum",params:{allowedValues: schema41.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid6 = _errs14 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/$defs/itemReference/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid1 = _errs8 === errors;
valid3 = _valid1;
ifClause0 = "then";
}
else {
const _errs17 = errors;
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var _valid1 = _errs17 === errors;
valid3 = _valid1;
ifClause0 = "else";
}
if(!valid3){
const err3 = {instancePath,schemaPath:"#/allOf/0/then/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate32.errors = vErrors;
return false;
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err4 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate32.errors = vErrors;
return false;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs18 = errors;
const _errs19 = errors;
let valid7 = true;
const _errs20 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.type === undefined) && (missing2 = "type")){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
if(data.type !== undefined){
let data4 = data.type;
if(!((data4 === "item_reference") || (data4 === null))){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
var _valid2 = _errs20 === errors;
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.id === undefined) && (missing3 = "id")){
validate32.errors = [{instancePath,schemaPath:"#/$defs/itemReference/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs25 = errors;
for(const key1 in data){
if(!((key1 === "id") || (key1 === "type"))){
validate32.errors = [{instancePath,schemaPath:"#/$defs/itemReference/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs25 === errors){
if(data.id !== undefined){
let data5 = data.id;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data5 === "string"){
if(data5.length > 512 && func3(data5) > 512){
validate32.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/itemReference/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data5.length < 1 || (data5.length < 2 * 1 && func3(data5) < 1)){
validate32.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/itemReference/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/itemReference/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs26 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.type !== undefined){
let data6 = data.type;
const _errs28 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate32.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/itemReference/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data6 === "item_reference") || (data6 === null))){
validate32.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/itemReference/properties/type/enum",keyword:"enum",params:{allowedValues: schema41.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid10 = _errs28 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/$defs/itemReference/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid2 = _errs22 === errors;
valid7 = _valid2;
}
if(!valid7){
const err7 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate32.errors = vErrors;
return false;
}
var valid0 = _errs18 === errors;
if(valid0){
const _errs31 = errors;
const _errs32 = errors;
let valid11 = true;
const _errs33 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.type === undefined) && (missing4 = "type")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data.type !== undefined){
if("function_call" !== data.type){
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
}
}
var _valid3 = _errs33 === errors;
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs35 = errors;
if(!(validate41(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var _valid3 = _errs35 === errors;
valid11 = _valid3;
}
if(!valid11){
const err10 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate32.errors = vErrors;
return false;
}
var valid0 = _errs31 === errors;
if(valid0){
const _errs36 = errors;
const _errs37 = errors;
let valid13 = true;
const _errs38 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.type === undefined) && (missing5 = "type")){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
if(data.type !== undefined){
if("function_call_output" !== data.type){
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
}
}
var _valid4 = _errs38 === errors;
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs40 = errors;
if(!(validate43(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var _valid4 = _errs40 === errors;
valid13 = _valid4;
}
if(!valid13){
const err13 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
validate32.errors = vErrors;
return false;
}
var valid0 = _errs36 === errors;
if(valid0){
const _errs41 = errors;
const _errs42 = errors;
let valid15 = true;
const _errs43 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.type === undefined) && (missing6 = "type")){
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
if(data.type !== undefined){
if("custom_tool_call" !== data.type){
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
}
}
var _valid5 = _errs43 === errors;
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs45 = errors;
if(!(validate46(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
var _valid5 = _errs45 === errors;
valid15 = _valid5;
}
if(!valid15){
const err16 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
validate32.errors = vErrors;
return false;
}
var valid0 = _errs41 === errors;
if(valid0){
const _errs46 = errors;
const _errs47 = errors;
let valid17 = true;
const _errs48 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.type === undefined) && (missing7 = "type")){
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
if(data.type !== undefined){
if("custom_tool_call_output" !== data.type){
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
var _valid6 = _errs48 === errors;
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs50 = errors;
if(!(validate48(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
var _valid6 = _errs50 === errors;
valid17 = _valid6;
}
if(!valid17){
const err19 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
validate32.errors = vErrors;
return false;
}
var valid0 = _errs46 === errors;
if(valid0){
const _errs51 = errors;
const _errs52 = errors;
let valid19 = true;
const _errs53 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((data.type === undefined) && (missing8 = "type")){
const err20 = {};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
if(data.type !== undefined){
if("reasoning" !== data.type){
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
var _valid7 = _errs53 === errors;
errors = _errs52;
if(vErrors !== null){
if(_errs52){
vErrors.length = _errs52;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs55 = errors;
const _errs56 = errors;
if(errors === _errs56){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((((data.type === undefined) && (missing9 = "type")) || ((data.id === undefined) && (missing9 = "id"))) || ((data.summary === undefined) && (missing9 = "summary"))){
validate32.errors = [{instancePath,schemaPath:"#/$defs/reasoning/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
return false;
}
else {
const _errs58 = errors;
for(const key2 in data){
if(!((((((key2 === "type") || (key2 === "id")) || (key2 === "summary")) || (key2 === "content")) || (key2 === "encrypted_content")) || (key2 === "status"))){
validate32.errors = [{instancePath,schemaPath:"#/$defs/reasoning/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs58 === errors){
if(data.type !== undefined){
const _errs59 = errors;
if("reasoning" !== data.type){
validate32.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/reasoning/properties/type/const",keyword:"const",params:{allowedValue: "reasoning"},message:"must be equal to constant"}];
return false;
}
var valid22 = _errs59 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data.id !== undefined){
let data13 = data.id;
const _errs60 = errors;
if(errors === _errs60){
if(typeof data13 === "string"){
if(data13.length > 512 && func3(data13) > 512){
validate32.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/reasoning/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data13.length < 1 || (data13.length < 2 * 1 && func3(data13) < 1)){
validate32.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/reasoning/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/reasoning/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid22 = _errs60 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data.summary !== undefined){
let data14 = data.summary;
const _errs62 = errors;
if(errors === _errs62){
if(Array.isArray(data14)){
if(data14.length > 256){
validate32.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/$defs/reasoning/properties/summary/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
var valid23 = true;
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
let data15 = data14[i0];
const _errs64 = errors;
if(errors === _errs64){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing10;
if(((data15.type === undefined) && (missing10 = "type")) || ((data15.text === undefined) && (missing10 = "text"))){
validate32.errors = [{instancePath:instancePath+"/summary/" + i0,schemaPath:"#/$defs/reasoning/properties/summary/items/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"}];
return false;
}
else {
const _errs66 = errors;
for(const key3 in data15){
if(!((key3 === "type") || (key3 === "text"))){
validate32.errors = [{instancePath:instancePath+"/summary/" + i0,schemaPath:"#/$defs/reasoning/properties/summary/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs66 === errors){
if(data15.type !== undefined){
const _errs67 = errors;
if("summary_text" !== data15.type){
validate32.errors = [{instancePath:instancePath+"/summary/" + i0+"/type",schemaPath:"#/$defs/reasoning/properties/summary/items/properties/type/const",keyword:"const",params:{allowedValue: "summary_text"},message:"must be equal to constant"}];
return false;
}
var valid24 = _errs67 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data15.text !== undefined){
let data17 = data15.text;
const _errs68 = errors;
if(errors === _errs68){
if(typeof data17 === "string"){
if(data17.length > 1000000 && func3(data17) > 1000000){
validate32.errors = [{instancePath:instancePath+"/summary/" + i0+"/text",schemaPath:"#/$defs/reasoning/properties/summary/items/properties/text/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate32.errors = [{instancePath:instancePath+"/summary/" + i0+"/text",schemaPath:"#/$defs/reasoning/properties/summary/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid24 = _errs68 === errors;
}
else {
var valid24 = true;
}
}
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/summary/" + i0,schemaPath:"#/$defs/reasoning/properties/summary/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid23 = _errs64 === errors;
if(!valid23){
break;
}
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/$defs/reasoning/properties/summary/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid22 = _errs62 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data.content !== undefined){
let data18 = data.content;
const _errs70 = errors;
if(errors === _errs70){
if(Array.isArray(data18)){
if(data18.length > 256){
validate32.errors = [{instancePath:instancePath+"/content",schemaPath:"#/$defs/reasoning/properties/content/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
var valid25 = true;
const len1 = data18.length;
for(let i1=0; i1<len1; i1++){
let data19 = data18[i1];
const _errs72 = errors;
if(errors === _errs72){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
let missing11;
if(((data19.type === undefined) && (missing11 = "type")) || ((data19.text === undefined) && (missing11 = "text"))){
validate32.errors = [{instancePath:instancePath+"/content/" + i1,schemaPath:"#/$defs/reasoning/properties/content/items/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"}];
return false;
}
else {
const _errs74 = errors;
for(const key4 in data19){
if(!((key4 === "type") || (key4 === "text"))){
validate32.errors = [{instancePath:instancePath+"/content/" + i1,schemaPath:"#/$defs/reasoning/properties/content/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs74 === errors){
if(data19.type !== undefined){
const _errs75 = errors;
if("reasoning_text" !== data19.type){
validate32.errors = [{instancePath:instancePath+"/content/" + i1+"/type",schemaPath:"#/$defs/reasoning/properties/content/items/properties/type/const",keyword:"const",params:{allowedValue: "reasoning_text"},message:"must be equal to constant"}];
return false;
}
var valid26 = _errs75 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data19.text !== undefined){
let data21 = data19.text;
const _errs76 = errors;
if(errors === _errs76){
if(typeof data21 === "string"){
if(data21.length > 1000000 && func3(data21) > 1000000){
validate32.errors = [{instancePath:instancePath+"/content/" + i1+"/text",schemaPath:"#/$defs/reasoning/properties/content/items/properties/text/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate32.errors = [{instancePath:instancePath+"/content/" + i1+"/text",schemaPath:"#/$defs/reasoning/properties/content/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid26 = _errs76 === errors;
}
else {
var valid26 = true;
}
}
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/content/" + i1,schemaPath:"#/$defs/reasoning/properties/content/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid25 = _errs72 === errors;
if(!valid25){
break;
}
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/content",schemaPath:"#/$defs/reasoning/properties/content/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid22 = _errs70 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data.encrypted_content !== undefined){
let data22 = data.encrypted_content;
const _errs78 = errors;
if((typeof data22 !== "string") && (data22 !== null)){
validate32.errors = [{instancePath:instancePath+"/encrypted_content",schemaPath:"#/$defs/reasoning/properties/encrypted_content/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs78){
if(typeof data22 === "string"){
if(data22.length > 67108864 && func3(data22) > 67108864){
validate32.errors = [{instancePath:instancePath+"/encrypted_content",schemaPath:"#/$defs/reasoning/properties/encrypted_content/maxLength",keyword:"maxLength",params:{limit: 67108864},message:"must NOT have more than 67108864 characters"}];
return false;
}
}
}
var valid22 = _errs78 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data.status !== undefined){
let data23 = data.status;
const _errs81 = errors;
if(typeof data23 !== "string"){
validate32.errors = [{instancePath:instancePath+"/status",schemaPath:"#/$defs/reasoning/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data23 === "in_progress") || (data23 === "completed")) || (data23 === "incomplete"))){
validate32.errors = [{instancePath:instancePath+"/status",schemaPath:"#/$defs/reasoning/properties/status/enum",keyword:"enum",params:{allowedValues: schema59.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid22 = _errs81 === errors;
}
else {
var valid22 = true;
}
}
}
}
}
}
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/$defs/reasoning/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid7 = _errs55 === errors;
valid19 = _valid7;
}
if(!valid19){
const err22 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
validate32.errors = vErrors;
return false;
}
var valid0 = _errs51 === errors;
if(valid0){
const _errs83 = errors;
const _errs84 = errors;
let valid27 = true;
const _errs85 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing12;
if((data.type === undefined) && (missing12 = "type")){
const err23 = {};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
if(data.type !== undefined){
if("compaction" !== data.type){
const err24 = {};
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
}
var _valid8 = _errs85 === errors;
errors = _errs84;
if(vErrors !== null){
if(_errs84){
vErrors.length = _errs84;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs87 = errors;
const _errs88 = errors;
if(errors === _errs88){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing13;
if(((data.type === undefined) && (missing13 = "type")) || ((data.encrypted_content === undefined) && (missing13 = "encrypted_content"))){
validate32.errors = [{instancePath,schemaPath:"#/$defs/compaction/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"}];
return false;
}
else {
const _errs90 = errors;
for(const key5 in data){
if(!(((key5 === "type") || (key5 === "encrypted_content")) || (key5 === "id"))){
validate32.errors = [{instancePath,schemaPath:"#/$defs/compaction/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs90 === errors){
if(data.type !== undefined){
const _errs91 = errors;
if("compaction" !== data.type){
validate32.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/compaction/properties/type/const",keyword:"const",params:{allowedValue: "compaction"},message:"must be equal to constant"}];
return false;
}
var valid30 = _errs91 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data.encrypted_content !== undefined){
let data26 = data.encrypted_content;
const _errs92 = errors;
if(errors === _errs92){
if(typeof data26 === "string"){
if(data26.length > 67108864 && func3(data26) > 67108864){
validate32.errors = [{instancePath:instancePath+"/encrypted_content",schemaPath:"#/$defs/compaction/properties/encrypted_content/maxLength",keyword:"maxLength",params:{limit: 67108864},message:"must NOT have more than 67108864 characters"}];
return false;
}
}
else {
validate32.errors = [{instancePath:instancePath+"/encrypted_content",schemaPath:"#/$defs/compaction/properties/encrypted_content/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid30 = _errs92 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data.id !== undefined){
let data27 = data.id;
const _errs94 = errors;
if((typeof data27 !== "string") && (data27 !== null)){
validate32.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/compaction/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs94){
if(typeof data27 === "string"){
if(data27.length > 512 && func3(data27) > 512){
validate32.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/compaction/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data27.length < 1 || (data27.length < 2 * 1 && func3(data27) < 1)){
validate32.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/compaction/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
}
var valid30 = _errs94 === errors;
}
else {
var valid30 = true;
}
}
}
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/$defs/compaction/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid8 = _errs87 === errors;
valid27 = _valid8;
}
if(!valid27){
const err25 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
validate32.errors = vErrors;
return false;
}
var valid0 = _errs83 === errors;
if(valid0){
const _errs97 = errors;
const _errs98 = errors;
let valid31 = true;
const _errs99 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing14;
if((data.type === undefined) && (missing14 = "type")){
const err26 = {};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
if(data.type !== undefined){
if("additional_tools" !== data.type){
const err27 = {};
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
}
var _valid9 = _errs99 === errors;
errors = _errs98;
if(vErrors !== null){
if(_errs98){
vErrors.length = _errs98;
}
else {
vErrors = null;
}
}
if(_valid9){
const _errs101 = errors;
if(!(validate51(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
var _valid9 = _errs101 === errors;
valid31 = _valid9;
}
if(!valid31){
const err28 = {instancePath,schemaPath:"#/allOf/8/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
validate32.errors = vErrors;
return false;
}
var valid0 = _errs97 === errors;
if(valid0){
const _errs102 = errors;
const _errs103 = errors;
let valid33 = true;
const _errs104 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing15;
if((data.type === undefined) && (missing15 = "type")){
const err29 = {};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
if(data.type !== undefined){
if("mcp_approval_response" !== data.type){
const err30 = {};
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
}
var _valid10 = _errs104 === errors;
errors = _errs103;
if(vErrors !== null){
if(_errs103){
vErrors.length = _errs103;
}
else {
vErrors = null;
}
}
if(_valid10){
const _errs106 = errors;
const _errs107 = errors;
if(errors === _errs107){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing16;
if((((data.type === undefined) && (missing16 = "type")) || ((data.approval_request_id === undefined) && (missing16 = "approval_request_id"))) || ((data.approve === undefined) && (missing16 = "approve"))){
validate32.errors = [{instancePath,schemaPath:"#/$defs/mcpApprovalResponse/required",keyword:"required",params:{missingProperty: missing16},message:"must have required property '"+missing16+"'"}];
return false;
}
else {
const _errs109 = errors;
for(const key6 in data){
if(!(((((key6 === "type") || (key6 === "approval_request_id")) || (key6 === "approve")) || (key6 === "id")) || (key6 === "reason"))){
validate32.errors = [{instancePath,schemaPath:"#/$defs/mcpApprovalResponse/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs109 === errors){
if(data.type !== undefined){
const _errs110 = errors;
if("mcp_approval_response" !== data.type){
validate32.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/mcpApprovalResponse/properties/type/const",keyword:"const",params:{allowedValue: "mcp_approval_response"},message:"must be equal to constant"}];
return false;
}
var valid36 = _errs110 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data.approval_request_id !== undefined){
let data31 = data.approval_request_id;
const _errs111 = errors;
if(errors === _errs111){
if(typeof data31 === "string"){
if(data31.length > 512 && func3(data31) > 512){
validate32.errors = [{instancePath:instancePath+"/approval_request_id",schemaPath:"#/$defs/mcpApprovalResponse/properties/approval_request_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data31.length < 1 || (data31.length < 2 * 1 && func3(data31) < 1)){
validate32.errors = [{instancePath:instancePath+"/approval_request_id",schemaPath:"#/$defs/mcpApprovalResponse/properties/approval_request_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/approval_request_id",schemaPath:"#/$defs/mcpApprovalResponse/properties/approval_request_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid36 = _errs111 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data.approve !== undefined){
const _errs113 = errors;
if(typeof data.approve !== "boolean"){
validate32.errors = [{instancePath:instancePath+"/approve",schemaPath:"#/$defs/mcpApprovalResponse/properties/approve/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid36 = _errs113 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data.id !== undefined){
let data33 = data.id;
const _errs115 = errors;
if((typeof data33 !== "string") && (data33 !== null)){
validate32.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/mcpApprovalResponse/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs115){
if(typeof data33 === "string"){
if(data33.length > 512 && func3(data33) > 512){
validate32.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/mcpApprovalResponse/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data33.length < 1 || (data33.length < 2 * 1 && func3(data33) < 1)){
validate32.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/mcpApprovalResponse/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
}
var valid36 = _errs115 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data.reason !== undefined){
let data34 = data.reason;
const _errs118 = errors;
if((typeof data34 !== "string") && (data34 !== null)){
validate32.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/$defs/mcpApprovalResponse/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs118){
if(typeof data34 === "string"){
if(data34.length > 4096 && func3(data34) > 4096){
validate32.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/$defs/mcpApprovalResponse/properties/reason/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
}
}
var valid36 = _errs118 === errors;
}
else {
var valid36 = true;
}
}
}
}
}
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/$defs/mcpApprovalResponse/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid10 = _errs106 === errors;
valid33 = _valid10;
}
if(!valid33){
const err31 = {instancePath,schemaPath:"#/allOf/9/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
validate32.errors = vErrors;
return false;
}
var valid0 = _errs102 === errors;
if(valid0){
const _errs121 = errors;
const _errs122 = errors;
let valid37 = true;
const _errs123 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing17;
if((data.type === undefined) && (missing17 = "type")){
const err32 = {};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
if(data.type !== undefined){
let data35 = data.type;
if(!((((((((((((((((((((data35 === "file_search_call") || (data35 === "computer_call")) || (data35 === "computer_call_output")) || (data35 === "web_search_call")) || (data35 === "tool_search_call")) || (data35 === "tool_search_output")) || (data35 === "image_generation_call")) || (data35 === "code_interpreter_call")) || (data35 === "local_shell_call")) || (data35 === "local_shell_call_output")) || (data35 === "shell_call")) || (data35 === "shell_call_output")) || (data35 === "apply_patch_call")) || (data35 === "apply_patch_call_output")) || (data35 === "mcp_list_tools")) || (data35 === "mcp_approval_request")) || (data35 === "mcp_call")) || (data35 === "compaction_trigger")) || (data35 === "program")) || (data35 === "program_output"))){
const err33 = {};
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
}
var _valid11 = _errs123 === errors;
errors = _errs122;
if(vErrors !== null){
if(_errs122){
vErrors.length = _errs122;
}
else {
vErrors = null;
}
}
if(_valid11){
const _errs125 = errors;
if(errors === _errs125){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 64){
validate32.errors = [{instancePath,schemaPath:"#/allOf/10/then/maxProperties",keyword:"maxProperties",params:{limit: 64},message:"must NOT have more than 64 properties"}];
return false;
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/allOf/10/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid11 = _errs125 === errors;
valid37 = _valid11;
}
if(!valid37){
const err34 = {instancePath,schemaPath:"#/allOf/10/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
validate32.errors = vErrors;
return false;
}
var valid0 = _errs121 === errors;
}
}
}
}
}
}
}
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data36 = data.type;
if((typeof data36 !== "string") && (data36 !== null)){
validate32.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((((((((((((((((((((((((((data36 === "message") || (data36 === "function_call")) || (data36 === "function_call_output")) || (data36 === "custom_tool_call")) || (data36 === "custom_tool_call_output")) || (data36 === "reasoning")) || (data36 === "item_reference")) || (data36 === "compaction")) || (data36 === "additional_tools")) || (data36 === "mcp_approval_response")) || (data36 === "file_search_call")) || (data36 === "computer_call")) || (data36 === "computer_call_output")) || (data36 === "web_search_call")) || (data36 === "tool_search_call")) || (data36 === "tool_search_output")) || (data36 === "image_generation_call")) || (data36 === "code_interpreter_call")) || (data36 === "local_shell_call")) || (data36 === "local_shell_call_output")) || (data36 === "shell_call")) || (data36 === "shell_call_output")) || (data36 === "apply_patch_call")) || (data36 === "apply_patch_call_output")) || (data36 === "mcp_list_tools")) || (data36 === "mcp_approval_request")) || (data36 === "mcp_call")) || (data36 === "compaction_trigger")) || (data36 === "program")) || (data36 === "program_output")) || (data36 === null))){
validate32.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema40.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://tollgate.dev/schemas/openai.responses.json" */;
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.prompt === undefined) && (missing0 = "prompt")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.prompt !== undefined){
let data0 = data.prompt;
if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(!_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.model === undefined) && (missing1 = "model")){
validate31.errors = [{instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "else"},message:"must match \"else\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate31.errors = vErrors;
return false;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs6 = errors;
for(const key0 in data){
if(!(func2.call(schema39.properties, key0))){
validate31.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data.model !== undefined){
let data1 = data.model;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(data1.length > 256 && func3(data1) > 256){
validate31.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data1.length < 1 || (data1.length < 2 * 1 && func3(data1) < 1)){
validate31.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate31.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/pattern",keyword:"pattern",params:{pattern: "^[\\x21-\\x7E]+$"},message:"must match pattern \""+"^[\\x21-\\x7E]+$"+"\""}];
return false;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.input !== undefined){
let data2 = data.input;
const _errs9 = errors;
const _errs10 = errors;
let valid3 = true;
const _errs11 = errors;
if(typeof data2 !== "string"){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs11 === errors;
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid1){
const _errs13 = errors;
if(errors === _errs13){
if(typeof data2 === "string"){
if(data2.length > 1000000 && func3(data2) > 1000000){
validate31.errors = [{instancePath:instancePath+"/input",schemaPath:"#/properties/input/then/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate31.errors = [{instancePath:instancePath+"/input",schemaPath:"#/properties/input/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid1 = _errs13 === errors;
valid3 = _valid1;
ifClause0 = "then";
}
else {
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data2)){
if(data2.length > 2048){
validate31.errors = [{instancePath:instancePath+"/input",schemaPath:"#/properties/input/else/maxItems",keyword:"maxItems",params:{limit: 2048},message:"must NOT have more than 2048 items"}];
return false;
}
else {
var valid4 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs17 = errors;
if(!(validate32(data2[i0], {instancePath:instancePath+"/input/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid4 = _errs17 === errors;
if(!valid4){
break;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/input",schemaPath:"#/properties/input/else/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var _valid1 = _errs15 === errors;
valid3 = _valid1;
ifClause0 = "else";
}
if(!valid3){
const err4 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate31.errors = vErrors;
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.background !== undefined){
let data4 = data.background;
const _errs18 = errors;
if((typeof data4 !== "boolean") && (data4 !== null)){
validate31.errors = [{instancePath:instancePath+"/background",schemaPath:"#/properties/background/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.context_management !== undefined){
let data5 = data.context_management;
const _errs21 = errors;
if((!(Array.isArray(data5))) && (data5 !== null)){
validate31.errors = [{instancePath:instancePath+"/context_management",schemaPath:"#/properties/context_management/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
if(errors === _errs21){
if(Array.isArray(data5)){
if(data5.length > 64){
validate31.errors = [{instancePath:instancePath+"/context_management",schemaPath:"#/properties/context_management/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"}];
return false;
}
else {
var valid5 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
const _errs24 = errors;
if(errors === _errs24){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing2;
if((data6.type === undefined) && (missing2 = "type")){
validate31.errors = [{instancePath:instancePath+"/context_management/" + i1,schemaPath:"#/properties/context_management/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs26 = errors;
for(const key1 in data6){
if(!((key1 === "type") || (key1 === "compact_threshold"))){
validate31.errors = [{instancePath:instancePath+"/context_management/" + i1,schemaPath:"#/properties/context_management/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs26 === errors){
if(data6.type !== undefined){
let data7 = data6.type;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data7 === "string"){
if(data7.length > 256 && func3(data7) > 256){
validate31.errors = [{instancePath:instancePath+"/context_management/" + i1+"/type",schemaPath:"#/properties/context_management/items/properties/type/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data7.length < 1 || (data7.length < 2 * 1 && func3(data7) < 1)){
validate31.errors = [{instancePath:instancePath+"/context_management/" + i1+"/type",schemaPath:"#/properties/context_management/items/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/context_management/" + i1+"/type",schemaPath:"#/properties/context_management/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs27 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data6.compact_threshold !== undefined){
let data8 = data6.compact_threshold;
const _errs29 = errors;
if((!((typeof data8 == "number") && (isFinite(data8)))) && (data8 !== null)){
validate31.errors = [{instancePath:instancePath+"/context_management/" + i1+"/compact_threshold",schemaPath:"#/properties/context_management/items/properties/compact_threshold/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
if(errors === _errs29){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
validate31.errors = [{instancePath:instancePath+"/context_management/" + i1+"/compact_threshold",schemaPath:"#/properties/context_management/items/properties/compact_threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/context_management/" + i1,schemaPath:"#/properties/context_management/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs24 === errors;
if(!valid5){
break;
}
}
}
}
}
var valid2 = _errs21 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.conversation !== undefined){
let data9 = data.conversation;
const _errs32 = errors;
const _errs33 = errors;
let valid7 = true;
const _errs34 = errors;
if(typeof data9 !== "string"){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid2 = _errs34 === errors;
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid2){
const _errs36 = errors;
if(errors === _errs36){
if(typeof data9 === "string"){
if(data9.length > 512 && func3(data9) > 512){
validate31.errors = [{instancePath:instancePath+"/conversation",schemaPath:"#/properties/conversation/then/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data9.length < 1 || (data9.length < 2 * 1 && func3(data9) < 1)){
validate31.errors = [{instancePath:instancePath+"/conversation",schemaPath:"#/properties/conversation/then/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/conversation",schemaPath:"#/properties/conversation/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid2 = _errs36 === errors;
valid7 = _valid2;
ifClause1 = "then";
}
else {
const _errs38 = errors;
if((!(data9 && typeof data9 == "object" && !Array.isArray(data9))) && (data9 !== null)){
validate31.errors = [{instancePath:instancePath+"/conversation",schemaPath:"#/properties/conversation/else/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs38){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing3;
if((data9.id === undefined) && (missing3 = "id")){
validate31.errors = [{instancePath:instancePath+"/conversation",schemaPath:"#/properties/conversation/else/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs41 = errors;
for(const key2 in data9){
if(!(key2 === "id")){
validate31.errors = [{instancePath:instancePath+"/conversation",schemaPath:"#/properties/conversation/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs41 === errors){
if(data9.id !== undefined){
let data10 = data9.id;
const _errs42 = errors;
if(errors === _errs42){
if(typeof data10 === "string"){
if(data10.length > 512 && func3(data10) > 512){
validate31.errors = [{instancePath:instancePath+"/conversation/id",schemaPath:"#/properties/conversation/else/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data10.length < 1 || (data10.length < 2 * 1 && func3(data10) < 1)){
validate31.errors = [{instancePath:instancePath+"/conversation/id",schemaPath:"#/properties/conversation/else/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/conversation/id",schemaPath:"#/properties/conversation/else/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
}
var _valid2 = _errs38 === errors;
valid7 = _valid2;
ifClause1 = "else";
}
if(!valid7){
const err6 = {instancePath:instancePath+"/conversation",schemaPath:"#/properties/conversation/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate31.errors = vErrors;
return false;
}
var valid2 = _errs32 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.include !== undefined){
let data11 = data.include;
const _errs44 = errors;
if((!(Array.isArray(data11))) && (data11 !== null)){
validate31.errors = [{instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
if(errors === _errs44){
if(Array.isArray(data11)){
if(data11.length > 64){
validate31.errors = [{instancePath:instancePath+"/include",schemaPath:"#/properties/include/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"}];
return false;
}
else {
var valid9 = true;
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
const _errs47 = errors;
if(typeof data12 !== "string"){
validate31.errors = [{instancePath:instancePath+"/include/" + i2,schemaPath:"#/properties/include/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((data12 === "file_search_call.results") || (data12 === "web_search_call.results")) || (data12 === "web_search_call.action.sources")) || (data12 === "message.input_image.image_url")) || (data12 === "computer_call_output.output.image_url")) || (data12 === "code_interpreter_call.outputs")) || (data12 === "reasoning.encrypted_content")) || (data12 === "message.output_text.logprobs"))){
validate31.errors = [{instancePath:instancePath+"/include/" + i2,schemaPath:"#/properties/include/items/enum",keyword:"enum",params:{allowedValues: schema39.properties.include.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid9 = _errs47 === errors;
if(!valid9){
break;
}
}
}
}
}
var valid2 = _errs44 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.instructions !== undefined){
let data13 = data.instructions;
const _errs49 = errors;
if((typeof data13 !== "string") && (data13 !== null)){
validate31.errors = [{instancePath:instancePath+"/instructions",schemaPath:"#/properties/instructions/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs49){
if(typeof data13 === "string"){
if(data13.length > 1000000 && func3(data13) > 1000000){
validate31.errors = [{instancePath:instancePath+"/instructions",schemaPath:"#/properties/instructions/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
}
var valid2 = _errs49 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.max_output_tokens !== undefined){
let data14 = data.max_output_tokens;
const _errs52 = errors;
if((!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))) && (data14 !== null)){
validate31.errors = [{instancePath:instancePath+"/max_output_tokens",schemaPath:"#/properties/max_output_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs52){
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 16 || isNaN(data14)){
validate31.errors = [{instancePath:instancePath+"/max_output_tokens",schemaPath:"#/properties/max_output_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 16},message:"must be >= 16"}];
return false;
}
}
}
var valid2 = _errs52 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.max_tool_calls !== undefined){
let data15 = data.max_tool_calls;
const _errs55 = errors;
if((!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))) && (data15 !== null)){
validate31.errors = [{instancePath:instancePath+"/max_tool_calls",schemaPath:"#/properties/max_tool_calls/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs55){
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 1 || isNaN(data15)){
validate31.errors = [{instancePath:instancePath+"/max_tool_calls",schemaPath:"#/properties/max_tool_calls/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid2 = _errs55 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.metadata !== undefined){
let data16 = data.metadata;
const _errs58 = errors;
if((!(data16 && typeof data16 == "object" && !Array.isArray(data16))) && (data16 !== null)){
validate31.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs58){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(Object.keys(data16).length > 16){
validate31.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/maxProperties",keyword:"maxProperties",params:{limit: 16},message:"must NOT have more than 16 properties"}];
return false;
}
else {
for(const key3 in data16){
const _errs61 = errors;
if(errors === _errs61){
if(typeof key3 === "string"){
if(key3.length > 64 && func3(key3) > 64){
const err7 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/propertyNames/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",propertyName:key3};
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
const err8 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var valid10 = _errs61 === errors;
if(!valid10){
const err9 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate31.errors = vErrors;
return false;
break;
}
}
if(valid10){
for(const key4 in data16){
let data17 = data16[key4];
const _errs64 = errors;
if(errors === _errs64){
if(typeof data17 === "string"){
if(data17.length > 512 && func3(data17) > 512){
validate31.errors = [{instancePath:instancePath+"/metadata/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
}
else {
validate31.errors = [{instancePath:instancePath+"/metadata/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs64 === errors;
if(!valid11){
break;
}
}
}
}
}
}
var valid2 = _errs58 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.moderation !== undefined){
let data18 = data.moderation;
const _errs66 = errors;
if((!(data18 && typeof data18 == "object" && !Array.isArray(data18))) && (data18 !== null)){
validate31.errors = [{instancePath:instancePath+"/moderation",schemaPath:"#/properties/moderation/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs66){
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
let missing4;
if((data18.model === undefined) && (missing4 = "model")){
validate31.errors = [{instancePath:instancePath+"/moderation",schemaPath:"#/properties/moderation/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs69 = errors;
for(const key5 in data18){
if(!((key5 === "model") || (key5 === "policy"))){
validate31.errors = [{instancePath:instancePath+"/moderation",schemaPath:"#/properties/moderation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs69 === errors){
if(data18.model !== undefined){
let data19 = data18.model;
const _errs70 = errors;
if(errors === _errs70){
if(typeof data19 === "string"){
if(data19.length > 256 && func3(data19) > 256){
validate31.errors = [{instancePath:instancePath+"/moderation/model",schemaPath:"#/properties/moderation/properties/model/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data19.length < 1 || (data19.length < 2 * 1 && func3(data19) < 1)){
validate31.errors = [{instancePath:instancePath+"/moderation/model",schemaPath:"#/properties/moderation/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data19)){
validate31.errors = [{instancePath:instancePath+"/moderation/model",schemaPath:"#/properties/moderation/properties/model/pattern",keyword:"pattern",params:{pattern: "^[\\x21-\\x7E]+$"},message:"must match pattern \""+"^[\\x21-\\x7E]+$"+"\""}];
return false;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/moderation/model",schemaPath:"#/properties/moderation/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid12 = _errs70 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data18.policy !== undefined){
let data20 = data18.policy;
const _errs72 = errors;
if((!(data20 && typeof data20 == "object" && !Array.isArray(data20))) && (data20 !== null)){
validate31.errors = [{instancePath:instancePath+"/moderation/policy",schemaPath:"#/properties/moderation/properties/policy/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs72){
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
const _errs75 = errors;
for(const key6 in data20){
if(!((key6 === "input") || (key6 === "output"))){
validate31.errors = [{instancePath:instancePath+"/moderation/policy",schemaPath:"#/properties/moderation/properties/policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs75 === errors){
if(data20.input !== undefined){
let data21 = data20.input;
const _errs76 = errors;
const _errs77 = errors;
if((!(data21 && typeof data21 == "object" && !Array.isArray(data21))) && (data21 !== null)){
validate31.errors = [{instancePath:instancePath+"/moderation/policy/input",schemaPath:"#/$defs/moderationMode/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs77){
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
let missing5;
if((data21.mode === undefined) && (missing5 = "mode")){
validate31.errors = [{instancePath:instancePath+"/moderation/policy/input",schemaPath:"#/$defs/moderationMode/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs80 = errors;
for(const key7 in data21){
if(!(key7 === "mode")){
validate31.errors = [{instancePath:instancePath+"/moderation/policy/input",schemaPath:"#/$defs/moderationMode/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs80 === errors){
if(data21.mode !== undefined){
let data22 = data21.mode;
if(typeof data22 !== "string"){
validate31.errors = [{instancePath:instancePath+"/moderation/policy/input/mode",schemaPath:"#/$defs/moderationMode/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data22 === "score") || (data22 === "block"))){
validate31.errors = [{instancePath:instancePath+"/moderation/policy/input/mode",schemaPath:"#/$defs/moderationMode/properties/mode/enum",keyword:"enum",params:{allowedValues: schema66.properties.mode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
}
}
var valid13 = _errs76 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data20.output !== undefined){
let data23 = data20.output;
const _errs83 = errors;
const _errs84 = errors;
if((!(data23 && typeof data23 == "object" && !Array.isArray(data23))) && (data23 !== null)){
validate31.errors = [{instancePath:instancePath+"/moderation/policy/output",schemaPath:"#/$defs/moderationMode/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs84){
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
let missing6;
if((data23.mode === undefined) && (missing6 = "mode")){
validate31.errors = [{instancePath:instancePath+"/moderation/policy/output",schemaPath:"#/$defs/moderationMode/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs87 = errors;
for(const key8 in data23){
if(!(key8 === "mode")){
validate31.errors = [{instancePath:instancePath+"/moderation/policy/output",schemaPath:"#/$defs/moderationMode/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs87 === errors){
if(data23.mode !== undefined){
let data24 = data23.mode;
if(typeof data24 !== "string"){
validate31.errors = [{instancePath:instancePath+"/moderation/policy/output/mode",schemaPath:"#/$defs/moderationMode/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data24 === "score") || (data24 === "block"))){
validate31.errors = [{instancePath:instancePath+"/moderation/policy/output/mode",schemaPath:"#/$defs/moderationMode/properties/mode/enum",keyword:"enum",params:{allowedValues: schema66.properties.mode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
}
}
var valid13 = _errs83 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
var valid12 = _errs72 === errors;
}
else {
var valid12 = true;
}
}
}
}
}
}
var valid2 = _errs66 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.parallel_tool_calls !== undefined){
let data25 = data.parallel_tool_calls;
const _errs90 = errors;
if((typeof data25 !== "boolean") && (data25 !== null)){
validate31.errors = [{instancePath:instancePath+"/parallel_tool_calls",schemaPath:"#/properties/parallel_tool_calls/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs90 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.previous_response_id !== undefined){
let data26 = data.previous_response_id;
const _errs93 = errors;
if((typeof data26 !== "string") && (data26 !== null)){
validate31.errors = [{instancePath:instancePath+"/previous_response_id",schemaPath:"#/properties/previous_response_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs93){
if(typeof data26 === "string"){
if(data26.length > 512 && func3(data26) > 512){
validate31.errors = [{instancePath:instancePath+"/previous_response_id",schemaPath:"#/properties/previous_response_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data26.length < 1 || (data26.length < 2 * 1 && func3(data26) < 1)){
validate31.errors = [{instancePath:instancePath+"/previous_response_id",schemaPath:"#/properties/previous_response_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
}
var valid2 = _errs93 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.prompt !== undefined){
let data27 = data.prompt;
const _errs96 = errors;
if((!(data27 && typeof data27 == "object" && !Array.isArray(data27))) && (data27 !== null)){
validate31.errors = [{instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs96){
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
let missing7;
if((data27.id === undefined) && (missing7 = "id")){
validate31.errors = [{instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
const _errs99 = errors;
for(const key9 in data27){
if(!(((key9 === "id") || (key9 === "version")) || (key9 === "variables"))){
validate31.errors = [{instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs99 === errors){
if(data27.id !== undefined){
let data28 = data27.id;
const _errs100 = errors;
if(errors === _errs100){
if(typeof data28 === "string"){
if(data28.length > 512 && func3(data28) > 512){
validate31.errors = [{instancePath:instancePath+"/prompt/id",schemaPath:"#/properties/prompt/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data28.length < 1 || (data28.length < 2 * 1 && func3(data28) < 1)){
validate31.errors = [{instancePath:instancePath+"/prompt/id",schemaPath:"#/properties/prompt/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/prompt/id",schemaPath:"#/properties/prompt/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs100 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data27.version !== undefined){
let data29 = data27.version;
const _errs102 = errors;
if((typeof data29 !== "string") && (data29 !== null)){
validate31.errors = [{instancePath:instancePath+"/prompt/version",schemaPath:"#/properties/prompt/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs102){
if(typeof data29 === "string"){
if(data29.length > 256 && func3(data29) > 256){
validate31.errors = [{instancePath:instancePath+"/prompt/version",schemaPath:"#/properties/prompt/properties/version/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
}
}
var valid18 = _errs102 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data27.variables !== undefined){
let data30 = data27.variables;
const _errs105 = errors;
if((!(data30 && typeof data30 == "object" && !Array.isArray(data30))) && (data30 !== null)){
validate31.errors = [{instancePath:instancePath+"/prompt/variables",schemaPath:"#/properties/prompt/properties/variables/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs105){
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(Object.keys(data30).length > 256){
validate31.errors = [{instancePath:instancePath+"/prompt/variables",schemaPath:"#/properties/prompt/properties/variables/maxProperties",keyword:"maxProperties",params:{limit: 256},message:"must NOT have more than 256 properties"}];
return false;
}
else {
for(const key10 in data30){
const _errs108 = errors;
if(errors === _errs108){
if(typeof key10 === "string"){
if(key10.length > 256 && func3(key10) > 256){
const err10 = {instancePath:instancePath+"/prompt/variables",schemaPath:"#/properties/prompt/properties/variables/propertyNames/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",propertyName:key10};
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
const err11 = {instancePath:instancePath+"/prompt/variables",schemaPath:"#/properties/prompt/properties/variables/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key10};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var valid19 = _errs108 === errors;
if(!valid19){
const err12 = {instancePath:instancePath+"/prompt/variables",schemaPath:"#/properties/prompt/properties/variables/propertyNames",keyword:"propertyNames",params:{propertyName: key10},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
validate31.errors = vErrors;
return false;
break;
}
}
if(valid19){
for(const key11 in data30){
let data31 = data30[key11];
const _errs111 = errors;
const _errs112 = errors;
let valid21 = true;
const _errs113 = errors;
if(typeof data31 !== "string"){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid3 = _errs113 === errors;
errors = _errs112;
if(vErrors !== null){
if(_errs112){
vErrors.length = _errs112;
}
else {
vErrors = null;
}
}
let ifClause2;
if(_valid3){
const _errs115 = errors;
if(errors === _errs115){
if(typeof data31 === "string"){
if(data31.length > 1000000 && func3(data31) > 1000000){
validate31.errors = [{instancePath:instancePath+"/prompt/variables/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/prompt/properties/variables/additionalProperties/then/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate31.errors = [{instancePath:instancePath+"/prompt/variables/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/prompt/properties/variables/additionalProperties/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid3 = _errs115 === errors;
valid21 = _valid3;
ifClause2 = "then";
}
else {
const _errs117 = errors;
if(!(validate35(data31, {instancePath:instancePath+"/prompt/variables/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data30,parentDataProperty:key11,rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var _valid3 = _errs117 === errors;
valid21 = _valid3;
ifClause2 = "else";
}
if(!valid21){
const err14 = {instancePath:instancePath+"/prompt/variables/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/prompt/properties/variables/additionalProperties/if",keyword:"if",params:{failingKeyword: ifClause2},message:"must match \""+ifClause2+"\" schema"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate31.errors = vErrors;
return false;
}
var valid20 = _errs111 === errors;
if(!valid20){
break;
}
}
}
}
}
}
var valid18 = _errs105 === errors;
}
else {
var valid18 = true;
}
}
}
}
}
}
}
var valid2 = _errs96 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.prompt_cache_key !== undefined){
let data32 = data.prompt_cache_key;
const _errs118 = errors;
if((typeof data32 !== "string") && (data32 !== null)){
validate31.errors = [{instancePath:instancePath+"/prompt_cache_key",schemaPath:"#/properties/prompt_cache_key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs118){
if(typeof data32 === "string"){
if(data32.length > 256 && func3(data32) > 256){
validate31.errors = [{instancePath:instancePath+"/prompt_cache_key",schemaPath:"#/properties/prompt_cache_key/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
}
}
var valid2 = _errs118 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.prompt_cache_options !== undefined){
let data33 = data.prompt_cache_options;
const _errs121 = errors;
if(errors === _errs121){
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
const _errs123 = errors;
for(const key12 in data33){
if(!((key12 === "mode") || (key12 === "ttl"))){
validate31.errors = [{instancePath:instancePath+"/prompt_cache_options",schemaPath:"#/properties/prompt_cache_options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs123 === errors){
if(data33.mode !== undefined){
let data34 = data33.mode;
const _errs124 = errors;
if(typeof data34 !== "string"){
validate31.errors = [{instancePath:instancePath+"/prompt_cache_options/mode",schemaPath:"#/properties/prompt_cache_options/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data34 === "implicit") || (data34 === "explicit"))){
validate31.errors = [{instancePath:instancePath+"/prompt_cache_options/mode",schemaPath:"#/properties/prompt_cache_options/properties/mode/enum",keyword:"enum",params:{allowedValues: schema39.properties.prompt_cache_options.properties.mode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid22 = _errs124 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data33.ttl !== undefined){
const _errs126 = errors;
if("30m" !== data33.ttl){
validate31.errors = [{instancePath:instancePath+"/prompt_cache_options/ttl",schemaPath:"#/properties/prompt_cache_options/properties/ttl/const",keyword:"const",params:{allowedValue: "30m"},message:"must be equal to constant"}];
return false;
}
var valid22 = _errs126 === errors;
}
else {
var valid22 = true;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/prompt_cache_options",schemaPath:"#/properties/prompt_cache_options/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs121 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.prompt_cache_retention !== undefined){
let data36 = data.prompt_cache_retention;
const _errs127 = errors;
if((typeof data36 !== "string") && (data36 !== null)){
validate31.errors = [{instancePath:instancePath+"/prompt_cache_retention",schemaPath:"#/properties/prompt_cache_retention/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data36 === "in_memory") || (data36 === "24h")) || (data36 === null))){
validate31.errors = [{instancePath:instancePath+"/prompt_cache_retention",schemaPath:"#/properties/prompt_cache_retention/enum",keyword:"enum",params:{allowedValues: schema39.properties.prompt_cache_retention.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs127 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.reasoning !== undefined){
let data37 = data.reasoning;
const _errs130 = errors;
if((!(data37 && typeof data37 == "object" && !Array.isArray(data37))) && (data37 !== null)){
validate31.errors = [{instancePath:instancePath+"/reasoning",schemaPath:"#/properties/reasoning/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs130){
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
const _errs133 = errors;
for(const key13 in data37){
if(!(((((key13 === "effort") || (key13 === "summary")) || (key13 === "generate_summary")) || (key13 === "context")) || (key13 === "mode"))){
validate31.errors = [{instancePath:instancePath+"/reasoning",schemaPath:"#/properties/reasoning/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs133 === errors){
if(data37.effort !== undefined){
let data38 = data37.effort;
const _errs134 = errors;
if((typeof data38 !== "string") && (data38 !== null)){
validate31.errors = [{instancePath:instancePath+"/reasoning/effort",schemaPath:"#/properties/reasoning/properties/effort/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((data38 === "none") || (data38 === "minimal")) || (data38 === "low")) || (data38 === "medium")) || (data38 === "high")) || (data38 === "xhigh")) || (data38 === "max")) || (data38 === null))){
validate31.errors = [{instancePath:instancePath+"/reasoning/effort",schemaPath:"#/properties/reasoning/properties/effort/enum",keyword:"enum",params:{allowedValues: schema39.properties.reasoning.properties.effort.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid23 = _errs134 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data37.summary !== undefined){
let data39 = data37.summary;
const _errs137 = errors;
if((typeof data39 !== "string") && (data39 !== null)){
validate31.errors = [{instancePath:instancePath+"/reasoning/summary",schemaPath:"#/properties/reasoning/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data39 === "auto") || (data39 === "concise")) || (data39 === "detailed")) || (data39 === null))){
validate31.errors = [{instancePath:instancePath+"/reasoning/summary",schemaPath:"#/properties/reasoning/properties/summary/enum",keyword:"enum",params:{allowedValues: schema39.properties.reasoning.properties.summary.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid23 = _errs137 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data37.generate_summary !== undefined){
let data40 = data37.generate_summary;
const _errs140 = errors;
if((typeof data40 !== "string") && (data40 !== null)){
validate31.errors = [{instancePath:instancePath+"/reasoning/generate_summary",schemaPath:"#/properties/reasoning/properties/generate_summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data40 === "auto") || (data40 === "concise")) || (data40 === "detailed")) || (data40 === null))){
validate31.errors = [{instancePath:instancePath+"/reasoning/generate_summary",schemaPath:"#/properties/reasoning/properties/generate_summary/enum",keyword:"enum",params:{allowedValues: schema39.properties.reasoning.properties.generate_summary.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid23 = _errs140 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data37.context !== undefined){
let data41 = data37.context;
const _errs143 = errors;
if((typeof data41 !== "string") && (data41 !== null)){
validate31.errors = [{instancePath:instancePath+"/reasoning/context",schemaPath:"#/properties/reasoning/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data41 === "auto") || (data41 === "current_turn")) || (data41 === "all_turns")) || (data41 === null))){
validate31.errors = [{instancePath:instancePath+"/reasoning/context",schemaPath:"#/properties/reasoning/properties/context/enum",keyword:"enum",params:{allowedValues: schema39.properties.reasoning.properties.context.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid23 = _errs143 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data37.mode !== undefined){
let data42 = data37.mode;
const _errs146 = errors;
if(errors === _errs146){
if(typeof data42 === "string"){
if(data42.length > 256 && func3(data42) > 256){
validate31.errors = [{instancePath:instancePath+"/reasoning/mode",schemaPath:"#/properties/reasoning/properties/mode/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data42.length < 1 || (data42.length < 2 * 1 && func3(data42) < 1)){
validate31.errors = [{instancePath:instancePath+"/reasoning/mode",schemaPath:"#/properties/reasoning/properties/mode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/reasoning/mode",schemaPath:"#/properties/reasoning/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid23 = _errs146 === errors;
}
else {
var valid23 = true;
}
}
}
}
}
}
}
}
var valid2 = _errs130 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.safety_identifier !== undefined){
let data43 = data.safety_identifier;
const _errs148 = errors;
if((typeof data43 !== "string") && (data43 !== null)){
validate31.errors = [{instancePath:instancePath+"/safety_identifier",schemaPath:"#/properties/safety_identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs148){
if(typeof data43 === "string"){
if(data43.length > 64 && func3(data43) > 64){
validate31.errors = [{instancePath:instancePath+"/safety_identifier",schemaPath:"#/properties/safety_identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
}
var valid2 = _errs148 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.service_tier !== undefined){
let data44 = data.service_tier;
const _errs151 = errors;
if((typeof data44 !== "string") && (data44 !== null)){
validate31.errors = [{instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data44 === "auto") || (data44 === "default")) || (data44 === "flex")) || (data44 === "scale")) || (data44 === "priority")) || (data44 === null))){
validate31.errors = [{instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/enum",keyword:"enum",params:{allowedValues: schema39.properties.service_tier.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs151 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.store !== undefined){
let data45 = data.store;
const _errs154 = errors;
if((typeof data45 !== "boolean") && (data45 !== null)){
validate31.errors = [{instancePath:instancePath+"/store",schemaPath:"#/properties/store/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs154 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.stream !== undefined){
let data46 = data.stream;
const _errs157 = errors;
if((typeof data46 !== "boolean") && (data46 !== null)){
validate31.errors = [{instancePath:instancePath+"/stream",schemaPath:"#/properties/stream/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs157 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.stream_options !== undefined){
let data47 = data.stream_options;
const _errs160 = errors;
if((!(data47 && typeof data47 == "object" && !Array.isArray(data47))) && (data47 !== null)){
validate31.errors = [{instancePath:instancePath+"/stream_options",schemaPath:"#/properties/stream_options/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs160){
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
const _errs163 = errors;
for(const key14 in data47){
if(!(key14 === "include_obfuscation")){
validate31.errors = [{instancePath:instancePath+"/stream_options",schemaPath:"#/properties/stream_options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs163 === errors){
if(data47.include_obfuscation !== undefined){
if(typeof data47.include_obfuscation !== "boolean"){
validate31.errors = [{instancePath:instancePath+"/stream_options/include_obfuscation",schemaPath:"#/properties/stream_options/properties/include_obfuscation/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
}
var valid2 = _errs160 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.temperature !== undefined){
let data49 = data.temperature;
const _errs166 = errors;
if((!((typeof data49 == "number") && (isFinite(data49)))) && (data49 !== null)){
validate31.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
if(errors === _errs166){
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 > 2 || isNaN(data49)){
validate31.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2},message:"must be <= 2"}];
return false;
}
else {
if(data49 < 0 || isNaN(data49)){
validate31.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid2 = _errs166 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.text !== undefined){
let data50 = data.text;
const _errs169 = errors;
if(errors === _errs169){
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
const _errs171 = errors;
for(const key15 in data50){
if(!((key15 === "format") || (key15 === "verbosity"))){
validate31.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs171 === errors){
if(data50.format !== undefined){
let data51 = data50.format;
const _errs172 = errors;
const _errs173 = errors;
const _errs175 = errors;
const _errs176 = errors;
let valid28 = true;
const _errs177 = errors;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
let missing8;
if((data51.type === undefined) && (missing8 = "type")){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
if(data51.type !== undefined){
let data52 = data51.type;
if(!((data52 === "text") || (data52 === "json_object"))){
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
}
}
var _valid4 = _errs177 === errors;
errors = _errs176;
if(vErrors !== null){
if(_errs176){
vErrors.length = _errs176;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs179 = errors;
if(errors === _errs179){
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
const _errs181 = errors;
for(const key16 in data51){
if(!(key16 === "type")){
validate31.errors = [{instancePath:instancePath+"/text/format",schemaPath:"#/$defs/textFormat/allOf/0/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs181 === errors){
if(data51.type !== undefined){
if(typeof data51.type !== "string"){
validate31.errors = [{instancePath:instancePath+"/text/format/type",schemaPath:"#/$defs/textFormat/allOf/0/then/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/text/format",schemaPath:"#/$defs/textFormat/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid4 = _errs179 === errors;
valid28 = _valid4;
}
if(!valid28){
const err17 = {instancePath:instancePath+"/text/format",schemaPath:"#/$defs/textFormat/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
validate31.errors = vErrors;
return false;
}
var valid27 = _errs175 === errors;
if(valid27){
const _errs184 = errors;
const _errs185 = errors;
let valid31 = true;
const _errs186 = errors;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
let missing9;
if((data51.type === undefined) && (missing9 = "type")){
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
if(data51.type !== undefined){
if("json_schema" !== data51.type){
const err19 = {};
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
}
var _valid5 = _errs186 === errors;
errors = _errs185;
if(vErrors !== null){
if(_errs185){
vErrors.length = _errs185;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs188 = errors;
if(errors === _errs188){
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
let missing10;
if((((data51.type === undefined) && (missing10 = "type")) || ((data51.name === undefined) && (missing10 = "name"))) || ((data51.schema === undefined) && (missing10 = "schema"))){
validate31.errors = [{instancePath:instancePath+"/text/format",schemaPath:"#/$defs/textFormat/allOf/1/then/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"}];
return false;
}
else {
const _errs190 = errors;
for(const key17 in data51){
if(!(((((key17 === "type") || (key17 === "name")) || (key17 === "schema")) || (key17 === "description")) || (key17 === "strict"))){
validate31.errors = [{instancePath:instancePath+"/text/format",schemaPath:"#/$defs/textFormat/allOf/1/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs190 === errors){
if(data51.type !== undefined){
const _errs191 = errors;
if("json_schema" !== data51.type){
validate31.errors = [{instancePath:instancePath+"/text/format/type",schemaPath:"#/$defs/textFormat/allOf/1/then/properties/type/const",keyword:"const",params:{allowedValue: "json_schema"},message:"must be equal to constant"}];
return false;
}
var valid33 = _errs191 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data51.name !== undefined){
let data56 = data51.name;
const _errs192 = errors;
if(errors === _errs192){
if(typeof data56 === "string"){
if(!pattern1.test(data56)){
validate31.errors = [{instancePath:instancePath+"/text/format/name",schemaPath:"#/$defs/textFormat/allOf/1/then/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,64}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,64}$"+"\""}];
return false;
}
}
else {
validate31.errors = [{instancePath:instancePath+"/text/format/name",schemaPath:"#/$defs/textFormat/allOf/1/then/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid33 = _errs192 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data51.schema !== undefined){
let data57 = data51.schema;
const _errs194 = errors;
if(!(data57 && typeof data57 == "object" && !Array.isArray(data57))){
validate31.errors = [{instancePath:instancePath+"/text/format/schema",schemaPath:"#/$defs/textFormat/allOf/1/then/properties/schema/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid33 = _errs194 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data51.description !== undefined){
let data58 = data51.description;
const _errs196 = errors;
if(errors === _errs196){
if(typeof data58 === "string"){
if(data58.length > 1000000 && func3(data58) > 1000000){
validate31.errors = [{instancePath:instancePath+"/text/format/description",schemaPath:"#/$defs/textFormat/allOf/1/then/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate31.errors = [{instancePath:instancePath+"/text/format/description",schemaPath:"#/$defs/textFormat/allOf/1/then/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid33 = _errs196 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data51.strict !== undefined){
let data59 = data51.strict;
const _errs198 = errors;
if((typeof data59 !== "boolean") && (data59 !== null)){
validate31.errors = [{instancePath:instancePath+"/text/format/strict",schemaPath:"#/$defs/textFormat/allOf/1/then/properties/strict/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid33 = _errs198 === errors;
}
else {
var valid33 = true;
}
}
}
}
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/text/format",schemaPath:"#/$defs/textFormat/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid5 = _errs188 === errors;
valid31 = _valid5;
}
if(!valid31){
const err20 = {instancePath:instancePath+"/text/format",schemaPath:"#/$defs/textFormat/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
validate31.errors = vErrors;
return false;
}
var valid27 = _errs184 === errors;
}
if(errors === _errs173){
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
let missing11;
if((data51.type === undefined) && (missing11 = "type")){
validate31.errors = [{instancePath:instancePath+"/text/format",schemaPath:"#/$defs/textFormat/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"}];
return false;
}
else {
if(data51.type !== undefined){
let data60 = data51.type;
if(typeof data60 !== "string"){
validate31.errors = [{instancePath:instancePath+"/text/format/type",schemaPath:"#/$defs/textFormat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data60 === "text") || (data60 === "json_object")) || (data60 === "json_schema"))){
validate31.errors = [{instancePath:instancePath+"/text/format/type",schemaPath:"#/$defs/textFormat/properties/type/enum",keyword:"enum",params:{allowedValues: schema68.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/text/format",schemaPath:"#/$defs/textFormat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid25 = _errs172 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data50.verbosity !== undefined){
let data61 = data50.verbosity;
const _errs203 = errors;
if((typeof data61 !== "string") && (data61 !== null)){
validate31.errors = [{instancePath:instancePath+"/text/verbosity",schemaPath:"#/properties/text/properties/verbosity/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data61 === "low") || (data61 === "medium")) || (data61 === "high")) || (data61 === null))){
validate31.errors = [{instancePath:instancePath+"/text/verbosity",schemaPath:"#/properties/text/properties/verbosity/enum",keyword:"enum",params:{allowedValues: schema39.properties.text.properties.verbosity.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid25 = _errs203 === errors;
}
else {
var valid25 = true;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs169 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.tool_choice !== undefined){
let data62 = data.tool_choice;
const _errs206 = errors;
const _errs208 = errors;
let valid36 = true;
const _errs209 = errors;
if(typeof data62 !== "string"){
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid6 = _errs209 === errors;
errors = _errs208;
if(vErrors !== null){
if(_errs208){
vErrors.length = _errs208;
}
else {
vErrors = null;
}
}
let ifClause3;
if(_valid6){
const _errs211 = errors;
if(typeof data62 !== "string"){
validate31.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data62 === "none") || (data62 === "auto")) || (data62 === "required"))){
validate31.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/then/enum",keyword:"enum",params:{allowedValues: schema69.then.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var _valid6 = _errs211 === errors;
valid36 = _valid6;
ifClause3 = "then";
}
else {
const _errs213 = errors;
const _errs215 = errors;
const _errs216 = errors;
let valid38 = true;
const _errs217 = errors;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
let missing12;
if((data62.type === undefined) && (missing12 = "type")){
const err22 = {};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
if(data62.type !== undefined){
let data63 = data62.type;
if(!((data63 === "function") || (data63 === "custom"))){
const err23 = {};
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
}
var _valid7 = _errs217 === errors;
errors = _errs216;
if(vErrors !== null){
if(_errs216){
vErrors.length = _errs216;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs219 = errors;
if(errors === _errs219){
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
let missing13;
if(((data62.type === undefined) && (missing13 = "type")) || ((data62.name === undefined) && (missing13 = "name"))){
validate31.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/0/then/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"}];
return false;
}
else {
const _errs221 = errors;
for(const key18 in data62){
if(!((key18 === "type") || (key18 === "name"))){
validate31.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/0/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs221 === errors){
if(data62.type !== undefined){
const _errs222 = errors;
if(typeof data62.type !== "string"){
validate31.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/toolChoice/else/allOf/0/then/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid40 = _errs222 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data62.name !== undefined){
let data65 = data62.name;
const _errs224 = errors;
if(errors === _errs224){
if(typeof data65 === "string"){
if(!pattern1.test(data65)){
validate31.errors = [{instancePath:instancePath+"/tool_choice/name",schemaPath:"#/$defs/toolChoice/else/allOf/0/then/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,64}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,64}$"+"\""}];
return false;
}
}
else {
validate31.errors = [{instancePath:instancePath+"/tool_choice/name",schemaPath:"#/$defs/toolChoice/else/allOf/0/then/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid40 = _errs224 === errors;
}
else {
var valid40 = true;
}
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid7 = _errs219 === errors;
valid38 = _valid7;
}
if(!valid38){
const err24 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
validate31.errors = vErrors;
return false;
}
var valid37 = _errs215 === errors;
if(valid37){
const _errs226 = errors;
const _errs227 = errors;
let valid41 = true;
const _errs228 = errors;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
let missing14;
if((data62.type === undefined) && (missing14 = "type")){
const err25 = {};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
if(data62.type !== undefined){
if("mcp" !== data62.type){
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
}
}
var _valid8 = _errs228 === errors;
errors = _errs227;
if(vErrors !== null){
if(_errs227){
vErrors.length = _errs227;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs230 = errors;
if(errors === _errs230){
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
let missing15;
if(((data62.type === undefined) && (missing15 = "type")) || ((data62.server_label === undefined) && (missing15 = "server_label"))){
validate31.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/1/then/required",keyword:"required",params:{missingProperty: missing15},message:"must have required property '"+missing15+"'"}];
return false;
}
else {
const _errs232 = errors;
for(const key19 in data62){
if(!(((key19 === "type") || (key19 === "server_label")) || (key19 === "name"))){
validate31.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/1/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs232 === errors){
if(data62.type !== undefined){
const _errs233 = errors;
if("mcp" !== data62.type){
validate31.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/toolChoice/else/allOf/1/then/properties/type/const",keyword:"const",params:{allowedValue: "mcp"},message:"must be equal to constant"}];
return false;
}
var valid43 = _errs233 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data62.server_label !== undefined){
let data68 = data62.server_label;
const _errs234 = errors;
if(errors === _errs234){
if(typeof data68 === "string"){
if(data68.length > 256 && func3(data68) > 256){
validate31.errors = [{instancePath:instancePath+"/tool_choice/server_label",schemaPath:"#/$defs/toolChoice/else/allOf/1/then/properties/server_label/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data68.length < 1 || (data68.length < 2 * 1 && func3(data68) < 1)){
validate31.errors = [{instancePath:instancePath+"/tool_choice/server_label",schemaPath:"#/$defs/toolChoice/else/allOf/1/then/properties/server_label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/tool_choice/server_label",schemaPath:"#/$defs/toolChoice/else/allOf/1/then/properties/server_label/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid43 = _errs234 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data62.name !== undefined){
let data69 = data62.name;
const _errs236 = errors;
if((typeof data69 !== "string") && (data69 !== null)){
validate31.errors = [{instancePath:instancePath+"/tool_choice/name",schemaPath:"#/$defs/toolChoice/else/allOf/1/then/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs236){
if(typeof data69 === "string"){
if(data69.length > 256 && func3(data69) > 256){
validate31.errors = [{instancePath:instancePath+"/tool_choice/name",schemaPath:"#/$defs/toolChoice/else/allOf/1/then/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data69.length < 1 || (data69.length < 2 * 1 && func3(data69) < 1)){
validate31.errors = [{instancePath:instancePath+"/tool_choice/name",schemaPath:"#/$defs/toolChoice/else/allOf/1/then/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
}
var valid43 = _errs236 === errors;
}
else {
var valid43 = true;
}
}
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid8 = _errs230 === errors;
valid41 = _valid8;
}
if(!valid41){
const err27 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
validate31.errors = vErrors;
return false;
}
var valid37 = _errs226 === errors;
if(valid37){
const _errs239 = errors;
const _errs240 = errors;
let valid44 = true;
const _errs241 = errors;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
let missing16;
if((data62.type === undefined) && (missing16 = "type")){
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
if(data62.type !== undefined){
if("allowed_tools" !== data62.type){
const err29 = {};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
var _valid9 = _errs241 === errors;
errors = _errs240;
if(vErrors !== null){
if(_errs240){
vErrors.length = _errs240;
}
else {
vErrors = null;
}
}
if(_valid9){
const _errs243 = errors;
if(errors === _errs243){
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
let missing17;
if((((data62.type === undefined) && (missing17 = "type")) || ((data62.mode === undefined) && (missing17 = "mode"))) || ((data62.tools === undefined) && (missing17 = "tools"))){
validate31.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/2/then/required",keyword:"required",params:{missingProperty: missing17},message:"must have required property '"+missing17+"'"}];
return false;
}
else {
const _errs245 = errors;
for(const key20 in data62){
if(!(((key20 === "type") || (key20 === "mode")) || (key20 === "tools"))){
validate31.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/2/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs245 === errors){
if(data62.type !== undefined){
const _errs246 = errors;
if("allowed_tools" !== data62.type){
validate31.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/toolChoice/else/allOf/2/then/properties/type/const",keyword:"const",params:{allowedValue: "allowed_tools"},message:"must be equal to constant"}];
return false;
}
var valid46 = _errs246 === errors;
}
else {
var valid46 = true;
}
if(valid46){
if(data62.mode !== undefined){
let data72 = data62.mode;
const _errs247 = errors;
if(typeof data72 !== "string"){
validate31.errors = [{instancePath:instancePath+"/tool_choice/mode",schemaPath:"#/$defs/toolChoice/else/allOf/2/then/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data72 === "auto") || (data72 === "required"))){
validate31.errors = [{instancePath:instancePath+"/tool_choice/mode",schemaPath:"#/$defs/toolChoice/else/allOf/2/then/properties/mode/enum",keyword:"enum",params:{allowedValues: schema69.else.allOf[2].then.properties.mode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid46 = _errs247 === errors;
}
else {
var valid46 = true;
}
if(valid46){
if(data62.tools !== undefined){
let data73 = data62.tools;
const _errs249 = errors;
if(errors === _errs249){
if(Array.isArray(data73)){
if(data73.length > 128){
validate31.errors = [{instancePath:instancePath+"/tool_choice/tools",schemaPath:"#/$defs/toolChoice/else/allOf/2/then/properties/tools/maxItems",keyword:"maxItems",params:{limit: 128},message:"must NOT have more than 128 items"}];
return false;
}
else {
var valid47 = true;
const len3 = data73.length;
for(let i3=0; i3<len3; i3++){
let data74 = data73[i3];
const _errs251 = errors;
if(errors === _errs251){
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
if(Object.keys(data74).length > 64){
validate31.errors = [{instancePath:instancePath+"/tool_choice/tools/" + i3,schemaPath:"#/$defs/toolChoice/else/allOf/2/then/properties/tools/items/maxProperties",keyword:"maxProperties",params:{limit: 64},message:"must NOT have more than 64 properties"}];
return false;
}
}
else {
validate31.errors = [{instancePath:instancePath+"/tool_choice/tools/" + i3,schemaPath:"#/$defs/toolChoice/else/allOf/2/then/properties/tools/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid47 = _errs251 === errors;
if(!valid47){
break;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/tool_choice/tools",schemaPath:"#/$defs/toolChoice/else/allOf/2/then/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid46 = _errs249 === errors;
}
else {
var valid46 = true;
}
}
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/2/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid9 = _errs243 === errors;
valid44 = _valid9;
}
if(!valid44){
const err30 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
validate31.errors = vErrors;
return false;
}
var valid37 = _errs239 === errors;
if(valid37){
const _errs253 = errors;
const _errs254 = errors;
let valid48 = true;
const _errs255 = errors;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
let missing18;
if((data62.type === undefined) && (missing18 = "type")){
const err31 = {};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
if(data62.type !== undefined){
let data75 = data62.type;
if(!(((((((((((data75 === "file_search") || (data75 === "web_search_preview")) || (data75 === "web_search_preview_2025_03_11")) || (data75 === "computer")) || (data75 === "computer_use_preview")) || (data75 === "computer_use")) || (data75 === "image_generation")) || (data75 === "code_interpreter")) || (data75 === "apply_patch")) || (data75 === "shell")) || (data75 === "programmatic_tool_calling"))){
const err32 = {};
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
}
var _valid10 = _errs255 === errors;
errors = _errs254;
if(vErrors !== null){
if(_errs254){
vErrors.length = _errs254;
}
else {
vErrors = null;
}
}
if(_valid10){
const _errs257 = errors;
if(errors === _errs257){
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
const _errs259 = errors;
for(const key21 in data62){
if(!(key21 === "type")){
validate31.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/3/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs259 === errors){
if(data62.type !== undefined){
if(typeof data62.type !== "string"){
validate31.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/toolChoice/else/allOf/3/then/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/3/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid10 = _errs257 === errors;
valid48 = _valid10;
}
if(!valid48){
const err33 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
validate31.errors = vErrors;
return false;
}
var valid37 = _errs253 === errors;
}
}
}
if(errors === _errs213){
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
let missing19;
if((data62.type === undefined) && (missing19 = "type")){
validate31.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/required",keyword:"required",params:{missingProperty: missing19},message:"must have required property '"+missing19+"'"}];
return false;
}
else {
if(data62.type !== undefined){
let data77 = data62.type;
if(typeof data77 !== "string"){
validate31.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/toolChoice/else/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((((((((((data77 === "function") || (data77 === "custom")) || (data77 === "mcp")) || (data77 === "allowed_tools")) || (data77 === "file_search")) || (data77 === "web_search_preview")) || (data77 === "web_search_preview_2025_03_11")) || (data77 === "computer")) || (data77 === "computer_use_preview")) || (data77 === "computer_use")) || (data77 === "image_generation")) || (data77 === "code_interpreter")) || (data77 === "apply_patch")) || (data77 === "shell")) || (data77 === "programmatic_tool_calling"))){
validate31.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/$defs/toolChoice/else/properties/type/enum",keyword:"enum",params:{allowedValues: schema69.else.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/else/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid6 = _errs213 === errors;
valid36 = _valid6;
ifClause3 = "else";
}
if(!valid36){
const err34 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/$defs/toolChoice/if",keyword:"if",params:{failingKeyword: ifClause3},message:"must match \""+ifClause3+"\" schema"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
validate31.errors = vErrors;
return false;
}
var valid2 = _errs206 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.tools !== undefined){
let data78 = data.tools;
const _errs264 = errors;
if(errors === _errs264){
if(Array.isArray(data78)){
if(data78.length > 128){
validate31.errors = [{instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/maxItems",keyword:"maxItems",params:{limit: 128},message:"must NOT have more than 128 items"}];
return false;
}
else {
var valid52 = true;
const len4 = data78.length;
for(let i4=0; i4<len4; i4++){
const _errs266 = errors;
if(!(validate52(data78[i4], {instancePath:instancePath+"/tools/" + i4,parentData:data78,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
var valid52 = _errs266 === errors;
if(!valid52){
break;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs264 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.top_logprobs !== undefined){
let data80 = data.top_logprobs;
const _errs267 = errors;
if((!(((typeof data80 == "number") && (!(data80 % 1) && !isNaN(data80))) && (isFinite(data80)))) && (data80 !== null)){
validate31.errors = [{instancePath:instancePath+"/top_logprobs",schemaPath:"#/properties/top_logprobs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs267){
if((typeof data80 == "number") && (isFinite(data80))){
if(data80 > 20 || isNaN(data80)){
validate31.errors = [{instancePath:instancePath+"/top_logprobs",schemaPath:"#/properties/top_logprobs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"}];
return false;
}
else {
if(data80 < 0 || isNaN(data80)){
validate31.errors = [{instancePath:instancePath+"/top_logprobs",schemaPath:"#/properties/top_logprobs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid2 = _errs267 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.top_p !== undefined){
let data81 = data.top_p;
const _errs270 = errors;
if((!((typeof data81 == "number") && (isFinite(data81)))) && (data81 !== null)){
validate31.errors = [{instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
if(errors === _errs270){
if((typeof data81 == "number") && (isFinite(data81))){
if(data81 > 1 || isNaN(data81)){
validate31.errors = [{instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data81 < 0 || isNaN(data81)){
validate31.errors = [{instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid2 = _errs270 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.truncation !== undefined){
let data82 = data.truncation;
const _errs273 = errors;
if((typeof data82 !== "string") && (data82 !== null)){
validate31.errors = [{instancePath:instancePath+"/truncation",schemaPath:"#/properties/truncation/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data82 === "auto") || (data82 === "disabled")) || (data82 === null))){
validate31.errors = [{instancePath:instancePath+"/truncation",schemaPath:"#/properties/truncation/enum",keyword:"enum",params:{allowedValues: schema39.properties.truncation.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs273 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.user !== undefined){
let data83 = data.user;
const _errs276 = errors;
if(errors === _errs276){
if(typeof data83 === "string"){
if(data83.length > 256 && func3(data83) > 256){
validate31.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
}
else {
validate31.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs276 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}

export const openaiEmbeddings = validate58;
const schema70 = shippedSchemas["openai.embeddings"];

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://tollgate.dev/schemas/openai.embeddings.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.model === undefined) && (missing0 = "model")) || ((data.input === undefined) && (missing0 = "input"))){
validate58.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "model") || (key0 === "input")) || (key0 === "encoding_format")) || (key0 === "dimensions")) || (key0 === "user"))){
validate58.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.model !== undefined){
let data0 = data.model;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 256 && func3(data0) > 256){
validate58.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data0.length < 1 || (data0.length < 2 * 1 && func3(data0) < 1)){
validate58.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate58.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/pattern",keyword:"pattern",params:{pattern: "^[\\x21-\\x7E]+$"},message:"must match pattern \""+"^[\\x21-\\x7E]+$"+"\""}];
return false;
}
}
}
}
else {
validate58.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input !== undefined){
let data1 = data.input;
const _errs4 = errors;
const _errs5 = errors;
let valid1 = true;
const _errs6 = errors;
if(typeof data1 !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs6 === errors;
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs8 = errors;
if(errors === _errs8){
if(typeof data1 === "string"){
if(data1.length > 1000000 && func3(data1) > 1000000){
validate58.errors = [{instancePath:instancePath+"/input",schemaPath:"#/properties/input/then/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
else {
if(data1.length < 1 || (data1.length < 2 * 1 && func3(data1) < 1)){
validate58.errors = [{instancePath:instancePath+"/input",schemaPath:"#/properties/input/then/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate58.errors = [{instancePath:instancePath+"/input",schemaPath:"#/properties/input/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid0 = _errs8 === errors;
valid1 = _valid0;
ifClause0 = "then";
}
else {
const _errs10 = errors;
const _errs11 = errors;
let valid2 = true;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data1)){
if(data1.length > 8192){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid1 = _errs12 === errors;
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs14 = errors;
const _errs16 = errors;
let valid3 = true;
const _errs17 = errors;
if(Array.isArray(data1)){
const _errs18 = errors;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs19 = errors;
if(typeof data1[i0] !== "string"){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid4 = _errs19 === errors;
if(valid4){
break;
}
}
if(!valid4){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
var _valid2 = _errs17 === errors;
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
let ifClause2;
if(_valid2){
const _errs21 = errors;
if(Array.isArray(data1)){
if(data1.length > 2048){
validate58.errors = [{instancePath:instancePath+"/input",schemaPath:"#/properties/input/else/then/then/maxItems",keyword:"maxItems",params:{limit: 2048},message:"must NOT have more than 2048 items"}];
return false;
}
else {
var valid5 = true;
const len1 = data1.length;
for(let i1=0; i1<len1; i1++){
let data3 = data1[i1];
const _errs22 = errors;
if(errors === _errs22){
if(typeof data3 === "string"){
if(data3.length > 1000000 && func3(data3) > 1000000){
validate58.errors = [{instancePath:instancePath+"/input/" + i1,schemaPath:"#/properties/input/else/then/then/items/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
else {
if(data3.length < 1 || (data3.length < 2 * 1 && func3(data3) < 1)){
validate58.errors = [{instancePath:instancePath+"/input/" + i1,schemaPath:"#/properties/input/else/then/then/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate58.errors = [{instancePath:instancePath+"/input/" + i1,schemaPath:"#/properties/input/else/then/then/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs22 === errors;
if(!valid5){
break;
}
}
}
}
var _valid2 = _errs21 === errors;
valid3 = _valid2;
ifClause2 = "then";
}
else {
const _errs24 = errors;
const _errs25 = errors;
let valid6 = true;
const _errs26 = errors;
if(Array.isArray(data1)){
const _errs27 = errors;
const len2 = data1.length;
for(let i2=0; i2<len2; i2++){
const _errs28 = errors;
if(!(Array.isArray(data1[i2]))){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid7 = _errs28 === errors;
if(valid7){
break;
}
}
if(!valid7){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
var _valid3 = _errs26 === errors;
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
let ifClause3;
if(_valid3){
const _errs30 = errors;
if(Array.isArray(data1)){
if(data1.length > 2048){
validate58.errors = [{instancePath:instancePath+"/input",schemaPath:"#/properties/input/else/then/else/then/maxItems",keyword:"maxItems",params:{limit: 2048},message:"must NOT have more than 2048 items"}];
return false;
}
else {
var valid8 = true;
const len3 = data1.length;
for(let i3=0; i3<len3; i3++){
let data5 = data1[i3];
const _errs31 = errors;
if(errors === _errs31){
if(Array.isArray(data5)){
if(data5.length > 8192){
validate58.errors = [{instancePath:instancePath+"/input/" + i3,schemaPath:"#/properties/input/else/then/else/then/items/maxItems",keyword:"maxItems",params:{limit: 8192},message:"must NOT have more than 8192 items"}];
return false;
}
else {
if(data5.length < 1){
validate58.errors = [{instancePath:instancePath+"/input/" + i3,schemaPath:"#/properties/input/else/then/else/then/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid9 = true;
const len4 = data5.length;
for(let i4=0; i4<len4; i4++){
let data6 = data5[i4];
const _errs33 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate58.errors = [{instancePath:instancePath+"/input/" + i3+"/" + i4,schemaPath:"#/properties/input/else/then/else/then/items/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs33){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
validate58.errors = [{instancePath:instancePath+"/input/" + i3+"/" + i4,schemaPath:"#/properties/input/else/then/else/then/items/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid9 = _errs33 === errors;
if(!valid9){
break;
}
}
}
}
}
else {
validate58.errors = [{instancePath:instancePath+"/input/" + i3,schemaPath:"#/properties/input/else/then/else/then/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid8 = _errs31 === errors;
if(!valid8){
break;
}
}
}
}
var _valid3 = _errs30 === errors;
valid6 = _valid3;
ifClause3 = "then";
}
else {
const _errs35 = errors;
if(Array.isArray(data1)){
var valid10 = true;
const len5 = data1.length;
for(let i5=0; i5<len5; i5++){
let data7 = data1[i5];
const _errs36 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate58.errors = [{instancePath:instancePath+"/input/" + i5,schemaPath:"#/properties/input/else/then/else/else/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs36){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
validate58.errors = [{instancePath:instancePath+"/input/" + i5,schemaPath:"#/properties/input/else/then/else/else/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid10 = _errs36 === errors;
if(!valid10){
break;
}
}
}
var _valid3 = _errs35 === errors;
valid6 = _valid3;
ifClause3 = "else";
}
if(!valid6){
const err7 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/else/then/else/if",keyword:"if",params:{failingKeyword: ifClause3},message:"must match \""+ifClause3+"\" schema"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate58.errors = vErrors;
return false;
}
var _valid2 = _errs24 === errors;
valid3 = _valid2;
ifClause2 = "else";
}
if(!valid3){
const err8 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/else/then/if",keyword:"if",params:{failingKeyword: ifClause2},message:"must match \""+ifClause2+"\" schema"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate58.errors = vErrors;
return false;
}
if(errors === _errs14){
if(Array.isArray(data1)){
if(data1.length < 1){
validate58.errors = [{instancePath:instancePath+"/input",schemaPath:"#/properties/input/else/then/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
}
else {
validate58.errors = [{instancePath:instancePath+"/input",schemaPath:"#/properties/input/else/then/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var _valid1 = _errs14 === errors;
valid2 = _valid1;
ifClause1 = "then";
}
else {
const _errs38 = errors;
if(errors === _errs38){
if(Array.isArray(data1)){
if(data1.length > 8192){
validate58.errors = [{instancePath:instancePath+"/input",schemaPath:"#/properties/input/else/else/maxItems",keyword:"maxItems",params:{limit: 8192},message:"must NOT have more than 8192 items"}];
return false;
}
}
else {
validate58.errors = [{instancePath:instancePath+"/input",schemaPath:"#/properties/input/else/else/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var _valid1 = _errs38 === errors;
valid2 = _valid1;
ifClause1 = "else";
}
if(!valid2){
const err9 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/else/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate58.errors = vErrors;
return false;
}
var _valid0 = _errs10 === errors;
valid1 = _valid0;
ifClause0 = "else";
}
if(!valid1){
const err10 = {instancePath:instancePath+"/input",schemaPath:"#/properties/input/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate58.errors = vErrors;
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.encoding_format !== undefined){
let data8 = data.encoding_format;
const _errs40 = errors;
if(typeof data8 !== "string"){
validate58.errors = [{instancePath:instancePath+"/encoding_format",schemaPath:"#/properties/encoding_format/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data8 === "float") || (data8 === "base64"))){
validate58.errors = [{instancePath:instancePath+"/encoding_format",schemaPath:"#/properties/encoding_format/enum",keyword:"enum",params:{allowedValues: schema70.properties.encoding_format.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dimensions !== undefined){
let data9 = data.dimensions;
const _errs42 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate58.errors = [{instancePath:instancePath+"/dimensions",schemaPath:"#/properties/dimensions/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs42){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
validate58.errors = [{instancePath:instancePath+"/dimensions",schemaPath:"#/properties/dimensions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs42 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user !== undefined){
let data10 = data.user;
const _errs44 = errors;
if(errors === _errs44){
if(typeof data10 === "string"){
if(data10.length > 256 && func3(data10) > 256){
validate58.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
}
else {
validate58.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs44 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate58.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate58.errors = vErrors;
return errors === 0;
}

export const anthropicMessages = validate59;
const schema71 = shippedSchemas["anthropic.messages"];
const schema74 = shippedSchemas["anthropic.messages"]["$defs"]["cacheControl"];
const pattern25 = new RegExp("^[a-zA-Z0-9_-]{1,128}$", "u");
const schema72 = shippedSchemas["anthropic.messages"]["$defs"]["contentBlock"];
const schema85 = shippedSchemas["anthropic.messages"]["$defs"]["thinkingBlock"];
const schema86 = shippedSchemas["anthropic.messages"]["$defs"]["redactedThinkingBlock"];
const schema73 = shippedSchemas["anthropic.messages"]["$defs"]["textBlock"];

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.text === undefined) && (missing0 = "text"))){
validate61.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "text")) || (key0 === "cache_control")) || (key0 === "citations"))){
validate61.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("text" !== data.type){
validate61.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "text"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
let data1 = data.text;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(data1.length > 1000000 && func3(data1) > 1000000){
validate61.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate61.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data2 = data.cache_control;
const _errs5 = errors;
const _errs6 = errors;
if((!(data2 && typeof data2 == "object" && !Array.isArray(data2))) && (data2 !== null)){
validate61.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.type === undefined) && (missing1 = "type")){
validate61.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs9 = errors;
for(const key1 in data2){
if(!((key1 === "type") || (key1 === "ttl"))){
validate61.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs9 === errors){
if(data2.type !== undefined){
const _errs10 = errors;
if("ephemeral" !== data2.type){
validate61.errors = [{instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/cacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.ttl !== undefined){
let data4 = data2.ttl;
const _errs11 = errors;
if(typeof data4 !== "string"){
validate61.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data4 === "5m") || (data4 === "1h"))){
validate61.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/enum",keyword:"enum",params:{allowedValues: schema74.properties.ttl.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.citations !== undefined){
let data5 = data.citations;
const _errs13 = errors;
if((!(Array.isArray(data5))) && (data5 !== null)){
validate61.errors = [{instancePath:instancePath+"/citations",schemaPath:"#/properties/citations/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
if(errors === _errs13){
if(Array.isArray(data5)){
if(data5.length > 256){
validate61.errors = [{instancePath:instancePath+"/citations",schemaPath:"#/properties/citations/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs16 = errors;
if(errors === _errs16){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(Object.keys(data6).length > 64){
validate61.errors = [{instancePath:instancePath+"/citations/" + i0,schemaPath:"#/properties/citations/items/maxProperties",keyword:"maxProperties",params:{limit: 64},message:"must NOT have more than 64 properties"}];
return false;
}
else {
let missing2;
if((data6.type === undefined) && (missing2 = "type")){
validate61.errors = [{instancePath:instancePath+"/citations/" + i0,schemaPath:"#/properties/citations/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data6.type !== undefined){
let data7 = data6.type;
if(typeof data7 !== "string"){
validate61.errors = [{instancePath:instancePath+"/citations/" + i0+"/type",schemaPath:"#/properties/citations/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data7 === "char_location") || (data7 === "page_location")) || (data7 === "content_block_location")) || (data7 === "web_search_result_location")) || (data7 === "search_result_location"))){
validate61.errors = [{instancePath:instancePath+"/citations/" + i0+"/type",schemaPath:"#/properties/citations/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema73.properties.citations.items.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
}
else {
validate61.errors = [{instancePath:instancePath+"/citations/" + i0,schemaPath:"#/properties/citations/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs16 === errors;
if(!valid3){
break;
}
}
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate61.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate61.errors = vErrors;
return errors === 0;
}

const schema75 = shippedSchemas["anthropic.messages"]["$defs"]["imageBlock"];
const schema76 = shippedSchemas["anthropic.messages"]["$defs"]["urlSource"];
const schema77 = shippedSchemas["anthropic.messages"]["$defs"]["fileSource"];

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.source === undefined) && (missing0 = "source"))){
validate63.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "source")) || (key0 === "cache_control")) || (key0 === "transformations"))){
validate63.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("image" !== data.type){
validate63.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "image"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data1 = data.source;
const _errs3 = errors;
const _errs5 = errors;
const _errs6 = errors;
let valid2 = true;
const _errs7 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.type === undefined) && (missing1 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data1.type !== undefined){
if("base64" !== data1.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs7 === errors;
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs9 = errors;
if(errors === _errs9){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing2;
if((((data1.type === undefined) && (missing2 = "type")) || ((data1.media_type === undefined) && (missing2 = "media_type"))) || ((data1.data === undefined) && (missing2 = "data"))){
validate63.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/allOf/0/then/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs11 = errors;
for(const key1 in data1){
if(!(((key1 === "type") || (key1 === "media_type")) || (key1 === "data"))){
validate63.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/allOf/0/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs11 === errors){
if(data1.type !== undefined){
const _errs12 = errors;
if("base64" !== data1.type){
validate63.errors = [{instancePath:instancePath+"/source/type",schemaPath:"#/properties/source/allOf/0/then/properties/type/const",keyword:"const",params:{allowedValue: "base64"},message:"must be equal to constant"}];
return false;
}
var valid4 = _errs12 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data1.media_type !== undefined){
let data4 = data1.media_type;
const _errs13 = errors;
if(typeof data4 !== "string"){
validate63.errors = [{instancePath:instancePath+"/source/media_type",schemaPath:"#/properties/source/allOf/0/then/properties/media_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data4 === "image/jpeg") || (data4 === "image/png")) || (data4 === "image/gif")) || (data4 === "image/webp"))){
validate63.errors = [{instancePath:instancePath+"/source/media_type",schemaPath:"#/properties/source/allOf/0/then/properties/media_type/enum",keyword:"enum",params:{allowedValues: schema75.properties.source.allOf[0].then.properties.media_type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data1.data !== undefined){
let data5 = data1.data;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data5 === "string"){
if(data5.length > 67108864 && func3(data5) > 67108864){
validate63.errors = [{instancePath:instancePath+"/source/data",schemaPath:"#/properties/source/allOf/0/then/properties/data/maxLength",keyword:"maxLength",params:{limit: 67108864},message:"must NOT have more than 67108864 characters"}];
return false;
}
else {
if(data5.length < 1 || (data5.length < 2 * 1 && func3(data5) < 1)){
validate63.errors = [{instancePath:instancePath+"/source/data",schemaPath:"#/properties/source/allOf/0/then/properties/data/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/source/data",schemaPath:"#/properties/source/allOf/0/then/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid0 = _errs9 === errors;
valid2 = _valid0;
}
if(!valid2){
const err2 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate63.errors = vErrors;
return false;
}
var valid1 = _errs5 === errors;
if(valid1){
const _errs17 = errors;
const _errs18 = errors;
let valid5 = true;
const _errs19 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing3;
if((data1.type === undefined) && (missing3 = "type")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data1.type !== undefined){
if("url" !== data1.type){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs19 === errors;
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs21 = errors;
const _errs22 = errors;
if(errors === _errs22){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing4;
if(((data1.type === undefined) && (missing4 = "type")) || ((data1.url === undefined) && (missing4 = "url"))){
validate63.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/urlSource/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs24 = errors;
for(const key2 in data1){
if(!((key2 === "type") || (key2 === "url"))){
validate63.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/urlSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs24 === errors){
if(data1.type !== undefined){
const _errs25 = errors;
if("url" !== data1.type){
validate63.errors = [{instancePath:instancePath+"/source/type",schemaPath:"#/$defs/urlSource/properties/type/const",keyword:"const",params:{allowedValue: "url"},message:"must be equal to constant"}];
return false;
}
var valid8 = _errs25 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data1.url !== undefined){
let data8 = data1.url;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data8 === "string"){
if(data8.length > 8192 && func3(data8) > 8192){
validate63.errors = [{instancePath:instancePath+"/source/url",schemaPath:"#/$defs/urlSource/properties/url/maxLength",keyword:"maxLength",params:{limit: 8192},message:"must NOT have more than 8192 characters"}];
return false;
}
else {
if(data8.length < 1 || (data8.length < 2 * 1 && func3(data8) < 1)){
validate63.errors = [{instancePath:instancePath+"/source/url",schemaPath:"#/$defs/urlSource/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/source/url",schemaPath:"#/$defs/urlSource/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs26 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/urlSource/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid1 = _errs21 === errors;
valid5 = _valid1;
}
if(!valid5){
const err5 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate63.errors = vErrors;
return false;
}
var valid1 = _errs17 === errors;
if(valid1){
const _errs28 = errors;
const _errs29 = errors;
let valid9 = true;
const _errs30 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing5;
if((data1.type === undefined) && (missing5 = "type")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data1.type !== undefined){
if("file" !== data1.type){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
var _valid2 = _errs30 === errors;
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs32 = errors;
const _errs33 = errors;
if(errors === _errs33){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing6;
if(((data1.type === undefined) && (missing6 = "type")) || ((data1.file_id === undefined) && (missing6 = "file_id"))){
validate63.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/fileSource/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs35 = errors;
for(const key3 in data1){
if(!((key3 === "type") || (key3 === "file_id"))){
validate63.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/fileSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs35 === errors){
if(data1.type !== undefined){
const _errs36 = errors;
if("file" !== data1.type){
validate63.errors = [{instancePath:instancePath+"/source/type",schemaPath:"#/$defs/fileSource/properties/type/const",keyword:"const",params:{allowedValue: "file"},message:"must be equal to constant"}];
return false;
}
var valid12 = _errs36 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data1.file_id !== undefined){
let data11 = data1.file_id;
const _errs37 = errors;
if(errors === _errs37){
if(typeof data11 === "string"){
if(data11.length > 512 && func3(data11) > 512){
validate63.errors = [{instancePath:instancePath+"/source/file_id",schemaPath:"#/$defs/fileSource/properties/file_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data11.length < 1 || (data11.length < 2 * 1 && func3(data11) < 1)){
validate63.errors = [{instancePath:instancePath+"/source/file_id",schemaPath:"#/$defs/fileSource/properties/file_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/source/file_id",schemaPath:"#/$defs/fileSource/properties/file_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid12 = _errs37 === errors;
}
else {
var valid12 = true;
}
}
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/fileSource/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid2 = _errs32 === errors;
valid9 = _valid2;
}
if(!valid9){
const err8 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate63.errors = vErrors;
return false;
}
var valid1 = _errs28 === errors;
}
}
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing7;
if((data1.type === undefined) && (missing7 = "type")){
validate63.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
if(data1.type !== undefined){
let data12 = data1.type;
if(typeof data12 !== "string"){
validate63.errors = [{instancePath:instancePath+"/source/type",schemaPath:"#/properties/source/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data12 === "base64") || (data12 === "url")) || (data12 === "file"))){
validate63.errors = [{instancePath:instancePath+"/source/type",schemaPath:"#/properties/source/properties/type/enum",keyword:"enum",params:{allowedValues: schema75.properties.source.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data13 = data.cache_control;
const _errs41 = errors;
const _errs42 = errors;
if((!(data13 && typeof data13 == "object" && !Array.isArray(data13))) && (data13 !== null)){
validate63.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs42){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing8;
if((data13.type === undefined) && (missing8 = "type")){
validate63.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
return false;
}
else {
const _errs45 = errors;
for(const key4 in data13){
if(!((key4 === "type") || (key4 === "ttl"))){
validate63.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs45 === errors){
if(data13.type !== undefined){
const _errs46 = errors;
if("ephemeral" !== data13.type){
validate63.errors = [{instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/cacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"}];
return false;
}
var valid15 = _errs46 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data13.ttl !== undefined){
let data15 = data13.ttl;
const _errs47 = errors;
if(typeof data15 !== "string"){
validate63.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data15 === "5m") || (data15 === "1h"))){
validate63.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/enum",keyword:"enum",params:{allowedValues: schema74.properties.ttl.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid15 = _errs47 === errors;
}
else {
var valid15 = true;
}
}
}
}
}
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.transformations !== undefined){
let data16 = data.transformations;
const _errs49 = errors;
if((!(data16 && typeof data16 == "object" && !Array.isArray(data16))) && (data16 !== null)){
validate63.errors = [{instancePath:instancePath+"/transformations",schemaPath:"#/properties/transformations/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs49){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
const _errs52 = errors;
for(const key5 in data16){
if(!(key5 === "oversized_image")){
validate63.errors = [{instancePath:instancePath+"/transformations",schemaPath:"#/properties/transformations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs52 === errors){
if(data16.oversized_image !== undefined){
let data17 = data16.oversized_image;
if(typeof data17 !== "string"){
validate63.errors = [{instancePath:instancePath+"/transformations/oversized_image",schemaPath:"#/properties/transformations/properties/oversized_image/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data17 === "downsize") || (data17 === "error"))){
validate63.errors = [{instancePath:instancePath+"/transformations/oversized_image",schemaPath:"#/properties/transformations/properties/oversized_image/enum",keyword:"enum",params:{allowedValues: schema75.properties.transformations.properties.oversized_image.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
}
var valid0 = _errs49 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate63.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate63.errors = vErrors;
return errors === 0;
}

const schema79 = shippedSchemas["anthropic.messages"]["$defs"]["documentBlock"];

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.source === undefined) && (missing0 = "source"))){
validate65.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "source")) || (key0 === "cache_control")) || (key0 === "citations")) || (key0 === "context")) || (key0 === "title"))){
validate65.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("document" !== data.type){
validate65.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "document"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data1 = data.source;
const _errs3 = errors;
const _errs5 = errors;
const _errs6 = errors;
let valid2 = true;
const _errs7 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.type === undefined) && (missing1 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data1.type !== undefined){
if("base64" !== data1.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs7 === errors;
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs9 = errors;
if(errors === _errs9){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing2;
if((((data1.type === undefined) && (missing2 = "type")) || ((data1.media_type === undefined) && (missing2 = "media_type"))) || ((data1.data === undefined) && (missing2 = "data"))){
validate65.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/allOf/0/then/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs11 = errors;
for(const key1 in data1){
if(!(((key1 === "type") || (key1 === "media_type")) || (key1 === "data"))){
validate65.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/allOf/0/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs11 === errors){
if(data1.type !== undefined){
const _errs12 = errors;
if("base64" !== data1.type){
validate65.errors = [{instancePath:instancePath+"/source/type",schemaPath:"#/properties/source/allOf/0/then/properties/type/const",keyword:"const",params:{allowedValue: "base64"},message:"must be equal to constant"}];
return false;
}
var valid4 = _errs12 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data1.media_type !== undefined){
const _errs13 = errors;
if("application/pdf" !== data1.media_type){
validate65.errors = [{instancePath:instancePath+"/source/media_type",schemaPath:"#/properties/source/allOf/0/then/properties/media_type/const",keyword:"const",params:{allowedValue: "application/pdf"},message:"must be equal to constant"}];
return false;
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data1.data !== undefined){
let data5 = data1.data;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data5 === "string"){
if(data5.length > 67108864 && func3(data5) > 67108864){
validate65.errors = [{instancePath:instancePath+"/source/data",schemaPath:"#/properties/source/allOf/0/then/properties/data/maxLength",keyword:"maxLength",params:{limit: 67108864},message:"must NOT have more than 67108864 characters"}];
return false;
}
else {
if(data5.length < 1 || (data5.length < 2 * 1 && func3(data5) < 1)){
validate65.errors = [{instancePath:instancePath+"/source/data",schemaPath:"#/properties/source/allOf/0/then/properties/data/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/source/data",schemaPath:"#/properties/source/allOf/0/then/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid0 = _errs9 === errors;
valid2 = _valid0;
}
if(!valid2){
const err2 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate65.errors = vErrors;
return false;
}
var valid1 = _errs5 === errors;
if(valid1){
const _errs16 = errors;
const _errs17 = errors;
let valid5 = true;
const _errs18 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing3;
if((data1.type === undefined) && (missing3 = "type")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data1.type !== undefined){
if("text" !== data1.type){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs18 === errors;
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs20 = errors;
if(errors === _errs20){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing4;
if((((data1.type === undefined) && (missing4 = "type")) || ((data1.media_type === undefined) && (missing4 = "media_type"))) || ((data1.data === undefined) && (missing4 = "data"))){
validate65.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/allOf/1/then/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs22 = errors;
for(const key2 in data1){
if(!(((key2 === "type") || (key2 === "media_type")) || (key2 === "data"))){
validate65.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/allOf/1/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs22 === errors){
if(data1.type !== undefined){
const _errs23 = errors;
if("text" !== data1.type){
validate65.errors = [{instancePath:instancePath+"/source/type",schemaPath:"#/properties/source/allOf/1/then/properties/type/const",keyword:"const",params:{allowedValue: "text"},message:"must be equal to constant"}];
return false;
}
var valid7 = _errs23 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data1.media_type !== undefined){
const _errs24 = errors;
if("text/plain" !== data1.media_type){
validate65.errors = [{instancePath:instancePath+"/source/media_type",schemaPath:"#/properties/source/allOf/1/then/properties/media_type/const",keyword:"const",params:{allowedValue: "text/plain"},message:"must be equal to constant"}];
return false;
}
var valid7 = _errs24 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data1.data !== undefined){
let data9 = data1.data;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data9 === "string"){
if(data9.length > 1000000 && func3(data9) > 1000000){
validate65.errors = [{instancePath:instancePath+"/source/data",schemaPath:"#/properties/source/allOf/1/then/properties/data/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate65.errors = [{instancePath:instancePath+"/source/data",schemaPath:"#/properties/source/allOf/1/then/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs25 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid1 = _errs20 === errors;
valid5 = _valid1;
}
if(!valid5){
const err5 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate65.errors = vErrors;
return false;
}
var valid1 = _errs16 === errors;
if(valid1){
const _errs27 = errors;
const _errs28 = errors;
let valid8 = true;
const _errs29 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing5;
if((data1.type === undefined) && (missing5 = "type")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data1.type !== undefined){
if("content" !== data1.type){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
var _valid2 = _errs29 === errors;
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs31 = errors;
if(errors === _errs31){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing6;
if(((data1.type === undefined) && (missing6 = "type")) || ((data1.content === undefined) && (missing6 = "content"))){
validate65.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/allOf/2/then/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs33 = errors;
for(const key3 in data1){
if(!((key3 === "type") || (key3 === "content"))){
validate65.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/allOf/2/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs33 === errors){
if(data1.type !== undefined){
const _errs34 = errors;
if("content" !== data1.type){
validate65.errors = [{instancePath:instancePath+"/source/type",schemaPath:"#/properties/source/allOf/2/then/properties/type/const",keyword:"const",params:{allowedValue: "content"},message:"must be equal to constant"}];
return false;
}
var valid10 = _errs34 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data1.content !== undefined){
let data12 = data1.content;
const _errs35 = errors;
const _errs36 = errors;
let valid11 = true;
const _errs37 = errors;
if(typeof data12 !== "string"){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid3 = _errs37 === errors;
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid3){
const _errs39 = errors;
if(errors === _errs39){
if(typeof data12 === "string"){
if(data12.length > 1000000 && func3(data12) > 1000000){
validate65.errors = [{instancePath:instancePath+"/source/content",schemaPath:"#/properties/source/allOf/2/then/properties/content/then/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate65.errors = [{instancePath:instancePath+"/source/content",schemaPath:"#/properties/source/allOf/2/then/properties/content/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid3 = _errs39 === errors;
valid11 = _valid3;
ifClause0 = "then";
}
else {
const _errs41 = errors;
if(errors === _errs41){
if(Array.isArray(data12)){
if(data12.length > 256){
validate65.errors = [{instancePath:instancePath+"/source/content",schemaPath:"#/properties/source/allOf/2/then/properties/content/else/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
var valid12 = true;
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
const _errs43 = errors;
const _errs45 = errors;
const _errs46 = errors;
let valid14 = true;
const _errs47 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing7;
if((data13.type === undefined) && (missing7 = "type")){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(data13.type !== undefined){
if("text" !== data13.type){
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
}
}
var _valid4 = _errs47 === errors;
errors = _errs46;
if(vErrors !== null){
if(_errs46){
vErrors.length = _errs46;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs49 = errors;
if(!(validate61(data13, {instancePath:instancePath+"/source/content/" + i0,parentData:data12,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
var _valid4 = _errs49 === errors;
valid14 = _valid4;
}
if(!valid14){
const err11 = {instancePath:instancePath+"/source/content/" + i0,schemaPath:"#/properties/source/allOf/2/then/properties/content/else/items/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate65.errors = vErrors;
return false;
}
var valid13 = _errs45 === errors;
if(valid13){
const _errs50 = errors;
const _errs51 = errors;
let valid16 = true;
const _errs52 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing8;
if((data13.type === undefined) && (missing8 = "type")){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
if(data13.type !== undefined){
if("image" !== data13.type){
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
}
}
var _valid5 = _errs52 === errors;
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs54 = errors;
if(!(validate63(data13, {instancePath:instancePath+"/source/content/" + i0,parentData:data12,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
var _valid5 = _errs54 === errors;
valid16 = _valid5;
}
if(!valid16){
const err14 = {instancePath:instancePath+"/source/content/" + i0,schemaPath:"#/properties/source/allOf/2/then/properties/content/else/items/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate65.errors = vErrors;
return false;
}
var valid13 = _errs50 === errors;
}
if(errors === _errs43){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing9;
if((data13.type === undefined) && (missing9 = "type")){
validate65.errors = [{instancePath:instancePath+"/source/content/" + i0,schemaPath:"#/properties/source/allOf/2/then/properties/content/else/items/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
return false;
}
else {
if(data13.type !== undefined){
let data16 = data13.type;
if(typeof data16 !== "string"){
validate65.errors = [{instancePath:instancePath+"/source/content/" + i0+"/type",schemaPath:"#/properties/source/allOf/2/then/properties/content/else/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data16 === "text") || (data16 === "image"))){
validate65.errors = [{instancePath:instancePath+"/source/content/" + i0+"/type",schemaPath:"#/properties/source/allOf/2/then/properties/content/else/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema79.properties.source.allOf[2].then.properties.content.else.items.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/source/content/" + i0,schemaPath:"#/properties/source/allOf/2/then/properties/content/else/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid12 = _errs43 === errors;
if(!valid12){
break;
}
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/source/content",schemaPath:"#/properties/source/allOf/2/then/properties/content/else/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var _valid3 = _errs41 === errors;
valid11 = _valid3;
ifClause0 = "else";
}
if(!valid11){
const err15 = {instancePath:instancePath+"/source/content",schemaPath:"#/properties/source/allOf/2/then/properties/content/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
validate65.errors = vErrors;
return false;
}
var valid10 = _errs35 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/allOf/2/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid2 = _errs31 === errors;
valid8 = _valid2;
}
if(!valid8){
const err16 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
validate65.errors = vErrors;
return false;
}
var valid1 = _errs27 === errors;
if(valid1){
const _errs57 = errors;
const _errs58 = errors;
let valid19 = true;
const _errs59 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing10;
if((data1.type === undefined) && (missing10 = "type")){
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
if(data1.type !== undefined){
if("url" !== data1.type){
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
var _valid6 = _errs59 === errors;
errors = _errs58;
if(vErrors !== null){
if(_errs58){
vErrors.length = _errs58;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs61 = errors;
const _errs62 = errors;
if(errors === _errs62){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing11;
if(((data1.type === undefined) && (missing11 = "type")) || ((data1.url === undefined) && (missing11 = "url"))){
validate65.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/urlSource/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"}];
return false;
}
else {
const _errs64 = errors;
for(const key4 in data1){
if(!((key4 === "type") || (key4 === "url"))){
validate65.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/urlSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs64 === errors){
if(data1.type !== undefined){
const _errs65 = errors;
if("url" !== data1.type){
validate65.errors = [{instancePath:instancePath+"/source/type",schemaPath:"#/$defs/urlSource/properties/type/const",keyword:"const",params:{allowedValue: "url"},message:"must be equal to constant"}];
return false;
}
var valid22 = _errs65 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data1.url !== undefined){
let data19 = data1.url;
const _errs66 = errors;
if(errors === _errs66){
if(typeof data19 === "string"){
if(data19.length > 8192 && func3(data19) > 8192){
validate65.errors = [{instancePath:instancePath+"/source/url",schemaPath:"#/$defs/urlSource/properties/url/maxLength",keyword:"maxLength",params:{limit: 8192},message:"must NOT have more than 8192 characters"}];
return false;
}
else {
if(data19.length < 1 || (data19.length < 2 * 1 && func3(data19) < 1)){
validate65.errors = [{instancePath:instancePath+"/source/url",schemaPath:"#/$defs/urlSource/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/source/url",schemaPath:"#/$defs/urlSource/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid22 = _errs66 === errors;
}
else {
var valid22 = true;
}
}
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/urlSource/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid6 = _errs61 === errors;
valid19 = _valid6;
}
if(!valid19){
const err19 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
validate65.errors = vErrors;
return false;
}
var valid1 = _errs57 === errors;
if(valid1){
const _errs68 = errors;
const _errs69 = errors;
let valid23 = true;
const _errs70 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing12;
if((data1.type === undefined) && (missing12 = "type")){
const err20 = {};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
if(data1.type !== undefined){
if("file" !== data1.type){
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
var _valid7 = _errs70 === errors;
errors = _errs69;
if(vErrors !== null){
if(_errs69){
vErrors.length = _errs69;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs72 = errors;
const _errs73 = errors;
if(errors === _errs73){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing13;
if(((data1.type === undefined) && (missing13 = "type")) || ((data1.file_id === undefined) && (missing13 = "file_id"))){
validate65.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/fileSource/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"}];
return false;
}
else {
const _errs75 = errors;
for(const key5 in data1){
if(!((key5 === "type") || (key5 === "file_id"))){
validate65.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/fileSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs75 === errors){
if(data1.type !== undefined){
const _errs76 = errors;
if("file" !== data1.type){
validate65.errors = [{instancePath:instancePath+"/source/type",schemaPath:"#/$defs/fileSource/properties/type/const",keyword:"const",params:{allowedValue: "file"},message:"must be equal to constant"}];
return false;
}
var valid26 = _errs76 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data1.file_id !== undefined){
let data22 = data1.file_id;
const _errs77 = errors;
if(errors === _errs77){
if(typeof data22 === "string"){
if(data22.length > 512 && func3(data22) > 512){
validate65.errors = [{instancePath:instancePath+"/source/file_id",schemaPath:"#/$defs/fileSource/properties/file_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data22.length < 1 || (data22.length < 2 * 1 && func3(data22) < 1)){
validate65.errors = [{instancePath:instancePath+"/source/file_id",schemaPath:"#/$defs/fileSource/properties/file_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/source/file_id",schemaPath:"#/$defs/fileSource/properties/file_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid26 = _errs77 === errors;
}
else {
var valid26 = true;
}
}
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/source",schemaPath:"#/$defs/fileSource/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid7 = _errs72 === errors;
valid23 = _valid7;
}
if(!valid23){
const err22 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
validate65.errors = vErrors;
return false;
}
var valid1 = _errs68 === errors;
}
}
}
}
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing14;
if((data1.type === undefined) && (missing14 = "type")){
validate65.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: missing14},message:"must have required property '"+missing14+"'"}];
return false;
}
else {
if(data1.type !== undefined){
let data23 = data1.type;
if(typeof data23 !== "string"){
validate65.errors = [{instancePath:instancePath+"/source/type",schemaPath:"#/properties/source/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data23 === "base64") || (data23 === "text")) || (data23 === "content")) || (data23 === "url")) || (data23 === "file"))){
validate65.errors = [{instancePath:instancePath+"/source/type",schemaPath:"#/properties/source/properties/type/enum",keyword:"enum",params:{allowedValues: schema79.properties.source.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data24 = data.cache_control;
const _errs81 = errors;
const _errs82 = errors;
if((!(data24 && typeof data24 == "object" && !Array.isArray(data24))) && (data24 !== null)){
validate65.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs82){
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
let missing15;
if((data24.type === undefined) && (missing15 = "type")){
validate65.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/required",keyword:"required",params:{missingProperty: missing15},message:"must have required property '"+missing15+"'"}];
return false;
}
else {
const _errs85 = errors;
for(const key6 in data24){
if(!((key6 === "type") || (key6 === "ttl"))){
validate65.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs85 === errors){
if(data24.type !== undefined){
const _errs86 = errors;
if("ephemeral" !== data24.type){
validate65.errors = [{instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/cacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"}];
return false;
}
var valid29 = _errs86 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data24.ttl !== undefined){
let data26 = data24.ttl;
const _errs87 = errors;
if(typeof data26 !== "string"){
validate65.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data26 === "5m") || (data26 === "1h"))){
validate65.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/enum",keyword:"enum",params:{allowedValues: schema74.properties.ttl.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid29 = _errs87 === errors;
}
else {
var valid29 = true;
}
}
}
}
}
}
var valid0 = _errs81 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.citations !== undefined){
let data27 = data.citations;
const _errs89 = errors;
if((!(data27 && typeof data27 == "object" && !Array.isArray(data27))) && (data27 !== null)){
validate65.errors = [{instancePath:instancePath+"/citations",schemaPath:"#/properties/citations/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs89){
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
const _errs92 = errors;
for(const key7 in data27){
if(!(key7 === "enabled")){
validate65.errors = [{instancePath:instancePath+"/citations",schemaPath:"#/properties/citations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs92 === errors){
if(data27.enabled !== undefined){
if(typeof data27.enabled !== "boolean"){
validate65.errors = [{instancePath:instancePath+"/citations/enabled",schemaPath:"#/properties/citations/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
}
var valid0 = _errs89 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.context !== undefined){
let data29 = data.context;
const _errs95 = errors;
if((typeof data29 !== "string") && (data29 !== null)){
validate65.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs95){
if(typeof data29 === "string"){
if(data29.length > 1000000 && func3(data29) > 1000000){
validate65.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
}
var valid0 = _errs95 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
let data30 = data.title;
const _errs98 = errors;
if((typeof data30 !== "string") && (data30 !== null)){
validate65.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs98){
if(typeof data30 === "string"){
if(data30.length > 4096 && func3(data30) > 4096){
validate65.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
}
}
var valid0 = _errs98 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate65.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate65.errors = vErrors;
return errors === 0;
}

const schema83 = shippedSchemas["anthropic.messages"]["$defs"]["searchResultBlock"];

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.type === undefined) && (missing0 = "type")) || ((data.source === undefined) && (missing0 = "source"))) || ((data.title === undefined) && (missing0 = "title"))) || ((data.content === undefined) && (missing0 = "content"))){
validate69.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "source")) || (key0 === "title")) || (key0 === "content")) || (key0 === "cache_control")) || (key0 === "citations"))){
validate69.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("search_result" !== data.type){
validate69.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "search_result"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data1 = data.source;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(data1.length > 8192 && func3(data1) > 8192){
validate69.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/maxLength",keyword:"maxLength",params:{limit: 8192},message:"must NOT have more than 8192 characters"}];
return false;
}
}
else {
validate69.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
let data2 = data.title;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(data2.length > 4096 && func3(data2) > 4096){
validate69.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
}
else {
validate69.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data3 = data.content;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data3)){
if(data3.length > 256){
validate69.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs9 = errors;
if(!(validate61(data3[i0], {instancePath:instancePath+"/content/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
var valid1 = _errs9 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate69.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data5 = data.cache_control;
const _errs10 = errors;
const _errs11 = errors;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)){
validate69.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs11){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if((data5.type === undefined) && (missing1 = "type")){
validate69.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data5){
if(!((key1 === "type") || (key1 === "ttl"))){
validate69.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data5.type !== undefined){
const _errs15 = errors;
if("ephemeral" !== data5.type){
validate69.errors = [{instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/cacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"}];
return false;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.ttl !== undefined){
let data7 = data5.ttl;
const _errs16 = errors;
if(typeof data7 !== "string"){
validate69.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data7 === "5m") || (data7 === "1h"))){
validate69.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/enum",keyword:"enum",params:{allowedValues: schema74.properties.ttl.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.citations !== undefined){
let data8 = data.citations;
const _errs18 = errors;
if(errors === _errs18){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
const _errs20 = errors;
for(const key2 in data8){
if(!(key2 === "enabled")){
validate69.errors = [{instancePath:instancePath+"/citations",schemaPath:"#/properties/citations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs20 === errors){
if(data8.enabled !== undefined){
if(typeof data8.enabled !== "boolean"){
validate69.errors = [{instancePath:instancePath+"/citations/enabled",schemaPath:"#/properties/citations/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
else {
validate69.errors = [{instancePath:instancePath+"/citations",schemaPath:"#/properties/citations/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate69.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate69.errors = vErrors;
return errors === 0;
}

const schema87 = shippedSchemas["anthropic.messages"]["$defs"]["toolUseBlock"];
const schema89 = shippedSchemas["anthropic.messages"]["$defs"]["caller"];

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.type === undefined) && (missing0 = "type")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.name === undefined) && (missing0 = "name"))) || ((data.input === undefined) && (missing0 = "input"))){
validate72.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "id")) || (key0 === "name")) || (key0 === "input")) || (key0 === "cache_control")) || (key0 === "caller")) || (key0 === "toolset_name"))){
validate72.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("tool_use" !== data.type){
validate72.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "tool_use"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(data1.length > 512 && func3(data1) > 512){
validate72.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data1.length < 1 || (data1.length < 2 * 1 && func3(data1) < 1)){
validate72.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate72.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data2 = data.name;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(!pattern25.test(data2)){
validate72.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,128}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,128}$"+"\""}];
return false;
}
}
else {
validate72.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input !== undefined){
let data3 = data.input;
const _errs7 = errors;
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
validate72.errors = [{instancePath:instancePath+"/input",schemaPath:"#/properties/input/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data4 = data.cache_control;
const _errs9 = errors;
const _errs10 = errors;
if((!(data4 && typeof data4 == "object" && !Array.isArray(data4))) && (data4 !== null)){
validate72.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs10){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if((data4.type === undefined) && (missing1 = "type")){
validate72.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs13 = errors;
for(const key1 in data4){
if(!((key1 === "type") || (key1 === "ttl"))){
validate72.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs13 === errors){
if(data4.type !== undefined){
const _errs14 = errors;
if("ephemeral" !== data4.type){
validate72.errors = [{instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/cacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.ttl !== undefined){
let data6 = data4.ttl;
const _errs15 = errors;
if(typeof data6 !== "string"){
validate72.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data6 === "5m") || (data6 === "1h"))){
validate72.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/enum",keyword:"enum",params:{allowedValues: schema74.properties.ttl.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.caller !== undefined){
let data7 = data.caller;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(Object.keys(data7).length > 64){
validate72.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/maxProperties",keyword:"maxProperties",params:{limit: 64},message:"must NOT have more than 64 properties"}];
return false;
}
else {
let missing2;
if((data7.type === undefined) && (missing2 = "type")){
validate72.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data7.type !== undefined){
let data8 = data7.type;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data8 === "string"){
if(data8.length > 256 && func3(data8) > 256){
validate72.errors = [{instancePath:instancePath+"/caller/type",schemaPath:"#/$defs/caller/properties/type/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data8.length < 1 || (data8.length < 2 * 1 && func3(data8) < 1)){
validate72.errors = [{instancePath:instancePath+"/caller/type",schemaPath:"#/$defs/caller/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate72.errors = [{instancePath:instancePath+"/caller/type",schemaPath:"#/$defs/caller/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate72.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.toolset_name !== undefined){
let data9 = data.toolset_name;
const _errs22 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate72.errors = [{instancePath:instancePath+"/toolset_name",schemaPath:"#/properties/toolset_name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs22){
if(typeof data9 === "string"){
if(data9.length > 256 && func3(data9) > 256){
validate72.errors = [{instancePath:instancePath+"/toolset_name",schemaPath:"#/properties/toolset_name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate72.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate72.errors = vErrors;
return errors === 0;
}

const schema90 = shippedSchemas["anthropic.messages"]["$defs"]["toolResultBlock"];

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.tool_use_id === undefined) && (missing0 = "tool_use_id"))){
validate74.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "tool_use_id")) || (key0 === "content")) || (key0 === "is_error")) || (key0 === "cache_control")) || (key0 === "toolset_name"))){
validate74.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("tool_result" !== data.type){
validate74.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "tool_result"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool_use_id !== undefined){
let data1 = data.tool_use_id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(data1.length > 512 && func3(data1) > 512){
validate74.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data1.length < 1 || (data1.length < 2 * 1 && func3(data1) < 1)){
validate74.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate74.errors = [{instancePath:instancePath+"/tool_use_id",schemaPath:"#/properties/tool_use_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data2 = data.content;
const _errs5 = errors;
const _errs6 = errors;
let valid1 = true;
const _errs7 = errors;
if(typeof data2 !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs7 === errors;
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(data2.length > 1000000 && func3(data2) > 1000000){
validate74.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/then/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate74.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid0 = _errs9 === errors;
valid1 = _valid0;
ifClause0 = "then";
}
else {
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data2)){
if(data2.length > 256){
validate74.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/else/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs13 = errors;
const _errs15 = errors;
const _errs16 = errors;
let valid4 = true;
const _errs17 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if((data3.type === undefined) && (missing1 = "type")){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
if(data3.type !== undefined){
if("text" !== data3.type){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
}
var _valid1 = _errs17 === errors;
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs19 = errors;
if(!(validate61(data3, {instancePath:instancePath+"/content/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
var _valid1 = _errs19 === errors;
valid4 = _valid1;
}
if(!valid4){
const err3 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/else/items/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate74.errors = vErrors;
return false;
}
var valid3 = _errs15 === errors;
if(valid3){
const _errs20 = errors;
const _errs21 = errors;
let valid6 = true;
const _errs22 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing2;
if((data3.type === undefined) && (missing2 = "type")){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
if(data3.type !== undefined){
if("image" !== data3.type){
const err5 = {};
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
}
var _valid2 = _errs22 === errors;
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs24 = errors;
if(!(validate63(data3, {instancePath:instancePath+"/content/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
var _valid2 = _errs24 === errors;
valid6 = _valid2;
}
if(!valid6){
const err6 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/else/items/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate74.errors = vErrors;
return false;
}
var valid3 = _errs20 === errors;
if(valid3){
const _errs25 = errors;
const _errs26 = errors;
let valid8 = true;
const _errs27 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing3;
if((data3.type === undefined) && (missing3 = "type")){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
if(data3.type !== undefined){
if("search_result" !== data3.type){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
var _valid3 = _errs27 === errors;
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs29 = errors;
if(!(validate69(data3, {instancePath:instancePath+"/content/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
var _valid3 = _errs29 === errors;
valid8 = _valid3;
}
if(!valid8){
const err9 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/else/items/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate74.errors = vErrors;
return false;
}
var valid3 = _errs25 === errors;
if(valid3){
const _errs30 = errors;
const _errs31 = errors;
let valid10 = true;
const _errs32 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing4;
if((data3.type === undefined) && (missing4 = "type")){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
if(data3.type !== undefined){
if("document" !== data3.type){
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
}
}
var _valid4 = _errs32 === errors;
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs34 = errors;
if(!(validate65(data3, {instancePath:instancePath+"/content/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
var _valid4 = _errs34 === errors;
valid10 = _valid4;
}
if(!valid10){
const err12 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/else/items/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
validate74.errors = vErrors;
return false;
}
var valid3 = _errs30 === errors;
if(valid3){
const _errs35 = errors;
const _errs36 = errors;
let valid12 = true;
const _errs37 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing5;
if((data3.type === undefined) && (missing5 = "type")){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
if(data3.type !== undefined){
if("tool_reference" !== data3.type){
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
}
}
var _valid5 = _errs37 === errors;
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs39 = errors;
if(errors === _errs39){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing6;
if(((data3.type === undefined) && (missing6 = "type")) || ((data3.tool_name === undefined) && (missing6 = "tool_name"))){
validate74.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/else/items/allOf/4/then/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs41 = errors;
for(const key1 in data3){
if(!(((key1 === "type") || (key1 === "tool_name")) || (key1 === "cache_control"))){
validate74.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/else/items/allOf/4/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs41 === errors){
if(data3.type !== undefined){
const _errs42 = errors;
if("tool_reference" !== data3.type){
validate74.errors = [{instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/properties/content/else/items/allOf/4/then/properties/type/const",keyword:"const",params:{allowedValue: "tool_reference"},message:"must be equal to constant"}];
return false;
}
var valid14 = _errs42 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data3.tool_name !== undefined){
let data10 = data3.tool_name;
const _errs43 = errors;
if(errors === _errs43){
if(typeof data10 === "string"){
if(!pattern25.test(data10)){
validate74.errors = [{instancePath:instancePath+"/content/" + i0+"/tool_name",schemaPath:"#/properties/content/else/items/allOf/4/then/properties/tool_name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,128}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,128}$"+"\""}];
return false;
}
}
else {
validate74.errors = [{instancePath:instancePath+"/content/" + i0+"/tool_name",schemaPath:"#/properties/content/else/items/allOf/4/then/properties/tool_name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs43 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data3.cache_control !== undefined){
let data11 = data3.cache_control;
const _errs45 = errors;
const _errs46 = errors;
if((!(data11 && typeof data11 == "object" && !Array.isArray(data11))) && (data11 !== null)){
validate74.errors = [{instancePath:instancePath+"/content/" + i0+"/cache_control",schemaPath:"#/$defs/cacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs46){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing7;
if((data11.type === undefined) && (missing7 = "type")){
validate74.errors = [{instancePath:instancePath+"/content/" + i0+"/cache_control",schemaPath:"#/$defs/cacheControl/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
const _errs49 = errors;
for(const key2 in data11){
if(!((key2 === "type") || (key2 === "ttl"))){
validate74.errors = [{instancePath:instancePath+"/content/" + i0+"/cache_control",schemaPath:"#/$defs/cacheControl/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs49 === errors){
if(data11.type !== undefined){
const _errs50 = errors;
if("ephemeral" !== data11.type){
validate74.errors = [{instancePath:instancePath+"/content/" + i0+"/cache_control/type",schemaPath:"#/$defs/cacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"}];
return false;
}
var valid16 = _errs50 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data11.ttl !== undefined){
let data13 = data11.ttl;
const _errs51 = errors;
if(typeof data13 !== "string"){
validate74.errors = [{instancePath:instancePath+"/content/" + i0+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data13 === "5m") || (data13 === "1h"))){
validate74.errors = [{instancePath:instancePath+"/content/" + i0+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/enum",keyword:"enum",params:{allowedValues: schema74.properties.ttl.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid16 = _errs51 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
}
var valid14 = _errs45 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
else {
validate74.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/else/items/allOf/4/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid5 = _errs39 === errors;
valid12 = _valid5;
}
if(!valid12){
const err15 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/else/items/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
validate74.errors = vErrors;
return false;
}
var valid3 = _errs35 === errors;
if(valid3){
const _errs53 = errors;
const _errs54 = errors;
let valid17 = true;
const _errs55 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing8;
if((data3.type === undefined) && (missing8 = "type")){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
if(data3.type !== undefined){
if("browser_state" !== data3.type){
const err17 = {};
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
}
var _valid6 = _errs55 === errors;
errors = _errs54;
if(vErrors !== null){
if(_errs54){
vErrors.length = _errs54;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs57 = errors;
if(errors === _errs57){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length > 64){
validate74.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/else/items/allOf/5/then/maxProperties",keyword:"maxProperties",params:{limit: 64},message:"must NOT have more than 64 properties"}];
return false;
}
}
else {
validate74.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/else/items/allOf/5/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid6 = _errs57 === errors;
valid17 = _valid6;
}
if(!valid17){
const err18 = {instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/else/items/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
validate74.errors = vErrors;
return false;
}
var valid3 = _errs53 === errors;
}
}
}
}
}
if(errors === _errs13){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing9;
if((data3.type === undefined) && (missing9 = "type")){
validate74.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/else/items/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
return false;
}
else {
if(data3.type !== undefined){
let data15 = data3.type;
if(typeof data15 !== "string"){
validate74.errors = [{instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/properties/content/else/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data15 === "text") || (data15 === "image")) || (data15 === "search_result")) || (data15 === "document")) || (data15 === "tool_reference")) || (data15 === "browser_state"))){
validate74.errors = [{instancePath:instancePath+"/content/" + i0+"/type",schemaPath:"#/properties/content/else/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema90.properties.content.else.items.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate74.errors = [{instancePath:instancePath+"/content/" + i0,schemaPath:"#/properties/content/else/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs13 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate74.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/else/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var _valid0 = _errs11 === errors;
valid1 = _valid0;
ifClause0 = "else";
}
if(!valid1){
const err19 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
validate74.errors = vErrors;
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.is_error !== undefined){
const _errs61 = errors;
if(typeof data.is_error !== "boolean"){
validate74.errors = [{instancePath:instancePath+"/is_error",schemaPath:"#/properties/is_error/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs61 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data17 = data.cache_control;
const _errs63 = errors;
const _errs64 = errors;
if((!(data17 && typeof data17 == "object" && !Array.isArray(data17))) && (data17 !== null)){
validate74.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs64){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
let missing10;
if((data17.type === undefined) && (missing10 = "type")){
validate74.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"}];
return false;
}
else {
const _errs67 = errors;
for(const key3 in data17){
if(!((key3 === "type") || (key3 === "ttl"))){
validate74.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs67 === errors){
if(data17.type !== undefined){
const _errs68 = errors;
if("ephemeral" !== data17.type){
validate74.errors = [{instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/cacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"}];
return false;
}
var valid21 = _errs68 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data17.ttl !== undefined){
let data19 = data17.ttl;
const _errs69 = errors;
if(typeof data19 !== "string"){
validate74.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data19 === "5m") || (data19 === "1h"))){
validate74.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/enum",keyword:"enum",params:{allowedValues: schema74.properties.ttl.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid21 = _errs69 === errors;
}
else {
var valid21 = true;
}
}
}
}
}
}
var valid0 = _errs63 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.toolset_name !== undefined){
let data20 = data.toolset_name;
const _errs71 = errors;
if((typeof data20 !== "string") && (data20 !== null)){
validate74.errors = [{instancePath:instancePath+"/toolset_name",schemaPath:"#/properties/toolset_name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs71){
if(typeof data20 === "string"){
if(data20.length > 256 && func3(data20) > 256){
validate74.errors = [{instancePath:instancePath+"/toolset_name",schemaPath:"#/properties/toolset_name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
}
}
var valid0 = _errs71 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate74.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate74.errors = vErrors;
return errors === 0;
}

const schema93 = shippedSchemas["anthropic.messages"]["$defs"]["serverToolUseBlock"];

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.type === undefined) && (missing0 = "type")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.name === undefined) && (missing0 = "name"))) || ((data.input === undefined) && (missing0 = "input"))){
validate80.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "id")) || (key0 === "name")) || (key0 === "input")) || (key0 === "cache_control")) || (key0 === "caller"))){
validate80.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("server_tool_use" !== data.type){
validate80.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "server_tool_use"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(data1.length > 512 && func3(data1) > 512){
validate80.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data1.length < 1 || (data1.length < 2 * 1 && func3(data1) < 1)){
validate80.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate80.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data2 = data.name;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(!pattern25.test(data2)){
validate80.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,128}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,128}$"+"\""}];
return false;
}
}
else {
validate80.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input !== undefined){
let data3 = data.input;
const _errs7 = errors;
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
validate80.errors = [{instancePath:instancePath+"/input",schemaPath:"#/properties/input/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data4 = data.cache_control;
const _errs9 = errors;
const _errs10 = errors;
if((!(data4 && typeof data4 == "object" && !Array.isArray(data4))) && (data4 !== null)){
validate80.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs10){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if((data4.type === undefined) && (missing1 = "type")){
validate80.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs13 = errors;
for(const key1 in data4){
if(!((key1 === "type") || (key1 === "ttl"))){
validate80.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs13 === errors){
if(data4.type !== undefined){
const _errs14 = errors;
if("ephemeral" !== data4.type){
validate80.errors = [{instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/cacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.ttl !== undefined){
let data6 = data4.ttl;
const _errs15 = errors;
if(typeof data6 !== "string"){
validate80.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data6 === "5m") || (data6 === "1h"))){
validate80.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/enum",keyword:"enum",params:{allowedValues: schema74.properties.ttl.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.caller !== undefined){
let data7 = data.caller;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(Object.keys(data7).length > 64){
validate80.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/maxProperties",keyword:"maxProperties",params:{limit: 64},message:"must NOT have more than 64 properties"}];
return false;
}
else {
let missing2;
if((data7.type === undefined) && (missing2 = "type")){
validate80.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data7.type !== undefined){
let data8 = data7.type;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data8 === "string"){
if(data8.length > 256 && func3(data8) > 256){
validate80.errors = [{instancePath:instancePath+"/caller/type",schemaPath:"#/$defs/caller/properties/type/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data8.length < 1 || (data8.length < 2 * 1 && func3(data8) < 1)){
validate80.errors = [{instancePath:instancePath+"/caller/type",schemaPath:"#/$defs/caller/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate80.errors = [{instancePath:instancePath+"/caller/type",schemaPath:"#/$defs/caller/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate80.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/$defs/caller/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate80.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate80.errors = vErrors;
return errors === 0;
}

const schema96 = shippedSchemas["anthropic.messages"]["$defs"]["containerUploadBlock"];

function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.file_id === undefined) && (missing0 = "file_id"))){
validate82.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "file_id")) || (key0 === "cache_control"))){
validate82.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
const _errs2 = errors;
if("container_upload" !== data.type){
validate82.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "container_upload"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.file_id !== undefined){
let data1 = data.file_id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(data1.length > 512 && func3(data1) > 512){
validate82.errors = [{instancePath:instancePath+"/file_id",schemaPath:"#/properties/file_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data1.length < 1 || (data1.length < 2 * 1 && func3(data1) < 1)){
validate82.errors = [{instancePath:instancePath+"/file_id",schemaPath:"#/properties/file_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate82.errors = [{instancePath:instancePath+"/file_id",schemaPath:"#/properties/file_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data2 = data.cache_control;
const _errs5 = errors;
const _errs6 = errors;
if((!(data2 && typeof data2 == "object" && !Array.isArray(data2))) && (data2 !== null)){
validate82.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.type === undefined) && (missing1 = "type")){
validate82.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs9 = errors;
for(const key1 in data2){
if(!((key1 === "type") || (key1 === "ttl"))){
validate82.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs9 === errors){
if(data2.type !== undefined){
const _errs10 = errors;
if("ephemeral" !== data2.type){
validate82.errors = [{instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/cacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.ttl !== undefined){
let data4 = data2.ttl;
const _errs11 = errors;
if(typeof data4 !== "string"){
validate82.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data4 === "5m") || (data4 === "1h"))){
validate82.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/enum",keyword:"enum",params:{allowedValues: schema74.properties.ttl.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate82.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate82.errors = vErrors;
return errors === 0;
}


function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined){
if("text" !== data.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(!(validate61(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate60.errors = vErrors;
return false;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs6 = errors;
const _errs7 = errors;
let valid3 = true;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.type === undefined) && (missing1 = "type")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.type !== undefined){
if("image" !== data.type){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs8 === errors;
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs10 = errors;
if(!(validate63(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
var _valid1 = _errs10 === errors;
valid3 = _valid1;
}
if(!valid3){
const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate60.errors = vErrors;
return false;
}
var valid0 = _errs6 === errors;
if(valid0){
const _errs11 = errors;
const _errs12 = errors;
let valid5 = true;
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.type === undefined) && (missing2 = "type")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.type !== undefined){
if("document" !== data.type){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
var _valid2 = _errs13 === errors;
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs15 = errors;
if(!(validate65(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
var _valid2 = _errs15 === errors;
valid5 = _valid2;
}
if(!valid5){
const err8 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate60.errors = vErrors;
return false;
}
var valid0 = _errs11 === errors;
if(valid0){
const _errs16 = errors;
const _errs17 = errors;
let valid7 = true;
const _errs18 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(data.type !== undefined){
if("search_result" !== data.type){
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
}
}
var _valid3 = _errs18 === errors;
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs20 = errors;
if(!(validate69(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
var _valid3 = _errs20 === errors;
valid7 = _valid3;
}
if(!valid7){
const err11 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate60.errors = vErrors;
return false;
}
var valid0 = _errs16 === errors;
if(valid0){
const _errs21 = errors;
const _errs22 = errors;
let valid9 = true;
const _errs23 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.type === undefined) && (missing4 = "type")){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
if(data.type !== undefined){
if("thinking" !== data.type){
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
}
}
var _valid4 = _errs23 === errors;
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs25 = errors;
const _errs26 = errors;
if(errors === _errs26){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((((data.type === undefined) && (missing5 = "type")) || ((data.thinking === undefined) && (missing5 = "thinking"))) || ((data.signature === undefined) && (missing5 = "signature"))){
validate60.errors = [{instancePath,schemaPath:"#/$defs/thinkingBlock/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs28 = errors;
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "thinking")) || (key0 === "signature"))){
validate60.errors = [{instancePath,schemaPath:"#/$defs/thinkingBlock/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs28 === errors){
if(data.type !== undefined){
const _errs29 = errors;
if("thinking" !== data.type){
validate60.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/thinkingBlock/properties/type/const",keyword:"const",params:{allowedValue: "thinking"},message:"must be equal to constant"}];
return false;
}
var valid12 = _errs29 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.thinking !== undefined){
let data6 = data.thinking;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data6 === "string"){
if(data6.length > 1000000 && func3(data6) > 1000000){
validate60.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/$defs/thinkingBlock/properties/thinking/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate60.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/$defs/thinkingBlock/properties/thinking/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid12 = _errs30 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.signature !== undefined){
let data7 = data.signature;
const _errs32 = errors;
if(errors === _errs32){
if(typeof data7 === "string"){
if(data7.length > 67108864 && func3(data7) > 67108864){
validate60.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/$defs/thinkingBlock/properties/signature/maxLength",keyword:"maxLength",params:{limit: 67108864},message:"must NOT have more than 67108864 characters"}];
return false;
}
}
else {
validate60.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/$defs/thinkingBlock/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid12 = _errs32 === errors;
}
else {
var valid12 = true;
}
}
}
}
}
}
else {
validate60.errors = [{instancePath,schemaPath:"#/$defs/thinkingBlock/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid4 = _errs25 === errors;
valid9 = _valid4;
}
if(!valid9){
const err14 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate60.errors = vErrors;
return false;
}
var valid0 = _errs21 === errors;
if(valid0){
const _errs34 = errors;
const _errs35 = errors;
let valid13 = true;
const _errs36 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.type === undefined) && (missing6 = "type")){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
if(data.type !== undefined){
if("redacted_thinking" !== data.type){
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
}
}
var _valid5 = _errs36 === errors;
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs38 = errors;
const _errs39 = errors;
if(errors === _errs39){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if(((data.type === undefined) && (missing7 = "type")) || ((data.data === undefined) && (missing7 = "data"))){
validate60.errors = [{instancePath,schemaPath:"#/$defs/redactedThinkingBlock/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
const _errs41 = errors;
for(const key1 in data){
if(!((key1 === "type") || (key1 === "data"))){
validate60.errors = [{instancePath,schemaPath:"#/$defs/redactedThinkingBlock/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs41 === errors){
if(data.type !== undefined){
const _errs42 = errors;
if("redacted_thinking" !== data.type){
validate60.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/redactedThinkingBlock/properties/type/const",keyword:"const",params:{allowedValue: "redacted_thinking"},message:"must be equal to constant"}];
return false;
}
var valid16 = _errs42 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data.data !== undefined){
let data10 = data.data;
const _errs43 = errors;
if(errors === _errs43){
if(typeof data10 === "string"){
if(data10.length > 67108864 && func3(data10) > 67108864){
validate60.errors = [{instancePath:instancePath+"/data",schemaPath:"#/$defs/redactedThinkingBlock/properties/data/maxLength",keyword:"maxLength",params:{limit: 67108864},message:"must NOT have more than 67108864 characters"}];
return false;
}
}
else {
validate60.errors = [{instancePath:instancePath+"/data",schemaPath:"#/$defs/redactedThinkingBlock/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid16 = _errs43 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
else {
validate60.errors = [{instancePath,schemaPath:"#/$defs/redactedThinkingBlock/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid5 = _errs38 === errors;
valid13 = _valid5;
}
if(!valid13){
const err17 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
validate60.errors = vErrors;
return false;
}
var valid0 = _errs34 === errors;
if(valid0){
const _errs45 = errors;
const _errs46 = errors;
let valid17 = true;
const _errs47 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((data.type === undefined) && (missing8 = "type")){
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
if(data.type !== undefined){
if("tool_use" !== data.type){
const err19 = {};
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
}
var _valid6 = _errs47 === errors;
errors = _errs46;
if(vErrors !== null){
if(_errs46){
vErrors.length = _errs46;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs49 = errors;
if(!(validate72(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var _valid6 = _errs49 === errors;
valid17 = _valid6;
}
if(!valid17){
const err20 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
validate60.errors = vErrors;
return false;
}
var valid0 = _errs45 === errors;
if(valid0){
const _errs50 = errors;
const _errs51 = errors;
let valid19 = true;
const _errs52 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((data.type === undefined) && (missing9 = "type")){
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
if(data.type !== undefined){
if("tool_result" !== data.type){
const err22 = {};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
}
var _valid7 = _errs52 === errors;
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs54 = errors;
if(!(validate74(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
var _valid7 = _errs54 === errors;
valid19 = _valid7;
}
if(!valid19){
const err23 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
validate60.errors = vErrors;
return false;
}
var valid0 = _errs50 === errors;
if(valid0){
const _errs55 = errors;
const _errs56 = errors;
let valid21 = true;
const _errs57 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing10;
if((data.type === undefined) && (missing10 = "type")){
const err24 = {};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
if(data.type !== undefined){
if("server_tool_use" !== data.type){
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
}
}
var _valid8 = _errs57 === errors;
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs59 = errors;
if(!(validate80(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
var _valid8 = _errs59 === errors;
valid21 = _valid8;
}
if(!valid21){
const err26 = {instancePath,schemaPath:"#/allOf/8/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
validate60.errors = vErrors;
return false;
}
var valid0 = _errs55 === errors;
if(valid0){
const _errs60 = errors;
const _errs61 = errors;
let valid23 = true;
const _errs62 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if((data.type === undefined) && (missing11 = "type")){
const err27 = {};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
if(data.type !== undefined){
if("container_upload" !== data.type){
const err28 = {};
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
}
var _valid9 = _errs62 === errors;
errors = _errs61;
if(vErrors !== null){
if(_errs61){
vErrors.length = _errs61;
}
else {
vErrors = null;
}
}
if(_valid9){
const _errs64 = errors;
if(!(validate82(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
var _valid9 = _errs64 === errors;
valid23 = _valid9;
}
if(!valid23){
const err29 = {instancePath,schemaPath:"#/allOf/9/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
validate60.errors = vErrors;
return false;
}
var valid0 = _errs60 === errors;
if(valid0){
const _errs65 = errors;
const _errs66 = errors;
let valid25 = true;
const _errs67 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing12;
if((data.type === undefined) && (missing12 = "type")){
const err30 = {};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
if(data.type !== undefined){
let data15 = data.type;
if(!((((((((data15 === "web_search_tool_result") || (data15 === "web_fetch_tool_result")) || (data15 === "code_execution_tool_result")) || (data15 === "bash_code_execution_tool_result")) || (data15 === "text_editor_code_execution_tool_result")) || (data15 === "tool_search_tool_result")) || (data15 === "mcp_tool_use")) || (data15 === "mcp_tool_result"))){
const err31 = {};
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
}
var _valid10 = _errs67 === errors;
errors = _errs66;
if(vErrors !== null){
if(_errs66){
vErrors.length = _errs66;
}
else {
vErrors = null;
}
}
if(_valid10){
const _errs69 = errors;
if(errors === _errs69){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 64){
validate60.errors = [{instancePath,schemaPath:"#/allOf/10/then/maxProperties",keyword:"maxProperties",params:{limit: 64},message:"must NOT have more than 64 properties"}];
return false;
}
}
else {
validate60.errors = [{instancePath,schemaPath:"#/allOf/10/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid10 = _errs69 === errors;
valid25 = _valid10;
}
if(!valid25){
const err32 = {instancePath,schemaPath:"#/allOf/10/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
validate60.errors = vErrors;
return false;
}
var valid0 = _errs65 === errors;
}
}
}
}
}
}
}
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing13;
if((data.type === undefined) && (missing13 = "type")){
validate60.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data16 = data.type;
if(typeof data16 !== "string"){
validate60.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((((((((((data16 === "text") || (data16 === "image")) || (data16 === "document")) || (data16 === "search_result")) || (data16 === "thinking")) || (data16 === "redacted_thinking")) || (data16 === "tool_use")) || (data16 === "tool_result")) || (data16 === "server_tool_use")) || (data16 === "container_upload")) || (data16 === "web_search_tool_result")) || (data16 === "web_fetch_tool_result")) || (data16 === "code_execution_tool_result")) || (data16 === "bash_code_execution_tool_result")) || (data16 === "text_editor_code_execution_tool_result")) || (data16 === "tool_search_tool_result")) || (data16 === "mcp_tool_use")) || (data16 === "mcp_tool_result"))){
validate60.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema72.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate60.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate60.errors = vErrors;
return errors === 0;
}

const schema99 = shippedSchemas["anthropic.messages"]["$defs"]["customTool"];

function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.input_schema === undefined) && (missing0 = "input_schema"))){
validate86.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema99.properties, key0))){
validate86.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate86.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data0 === "custom") || (data0 === null))){
validate86.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema99.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data1 = data.name;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern25.test(data1)){
validate86.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,128}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,128}$"+"\""}];
return false;
}
}
else {
validate86.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data2 = data.description;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(data2.length > 1000000 && func3(data2) > 1000000){
validate86.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate86.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input_schema !== undefined){
let data3 = data.input_schema;
const _errs9 = errors;
if(errors === _errs9){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if((data3.type === undefined) && (missing1 = "type")){
validate86.errors = [{instancePath:instancePath+"/input_schema",schemaPath:"#/properties/input_schema/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data3.type !== undefined){
if("object" !== data3.type){
validate86.errors = [{instancePath:instancePath+"/input_schema/type",schemaPath:"#/properties/input_schema/properties/type/const",keyword:"const",params:{allowedValue: "object"},message:"must be equal to constant"}];
return false;
}
}
}
}
else {
validate86.errors = [{instancePath:instancePath+"/input_schema",schemaPath:"#/properties/input_schema/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data5 = data.cache_control;
const _errs12 = errors;
const _errs13 = errors;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)){
validate86.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs13){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing2;
if((data5.type === undefined) && (missing2 = "type")){
validate86.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs16 = errors;
for(const key1 in data5){
if(!((key1 === "type") || (key1 === "ttl"))){
validate86.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs16 === errors){
if(data5.type !== undefined){
const _errs17 = errors;
if("ephemeral" !== data5.type){
validate86.errors = [{instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/cacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"}];
return false;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.ttl !== undefined){
let data7 = data5.ttl;
const _errs18 = errors;
if(typeof data7 !== "string"){
validate86.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data7 === "5m") || (data7 === "1h"))){
validate86.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/enum",keyword:"enum",params:{allowedValues: schema74.properties.ttl.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.strict !== undefined){
const _errs20 = errors;
if(typeof data.strict !== "boolean"){
validate86.errors = [{instancePath:instancePath+"/strict",schemaPath:"#/properties/strict/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.defer_loading !== undefined){
const _errs22 = errors;
if(typeof data.defer_loading !== "boolean"){
validate86.errors = [{instancePath:instancePath+"/defer_loading",schemaPath:"#/properties/defer_loading/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.eager_input_streaming !== undefined){
let data10 = data.eager_input_streaming;
const _errs24 = errors;
if((typeof data10 !== "boolean") && (data10 !== null)){
validate86.errors = [{instancePath:instancePath+"/eager_input_streaming",schemaPath:"#/properties/eager_input_streaming/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowed_callers !== undefined){
let data11 = data.allowed_callers;
const _errs27 = errors;
if(errors === _errs27){
if(Array.isArray(data11)){
if(data11.length > 64){
validate86.errors = [{instancePath:instancePath+"/allowed_callers",schemaPath:"#/properties/allowed_callers/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"}];
return false;
}
else {
var valid4 = true;
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
let data12 = data11[i0];
const _errs29 = errors;
if(errors === _errs29){
if(typeof data12 === "string"){
if(data12.length > 256 && func3(data12) > 256){
validate86.errors = [{instancePath:instancePath+"/allowed_callers/" + i0,schemaPath:"#/properties/allowed_callers/items/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data12.length < 1 || (data12.length < 2 * 1 && func3(data12) < 1)){
validate86.errors = [{instancePath:instancePath+"/allowed_callers/" + i0,schemaPath:"#/properties/allowed_callers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate86.errors = [{instancePath:instancePath+"/allowed_callers/" + i0,schemaPath:"#/properties/allowed_callers/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs29 === errors;
if(!valid4){
break;
}
}
}
}
else {
validate86.errors = [{instancePath:instancePath+"/allowed_callers",schemaPath:"#/properties/allowed_callers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input_examples !== undefined){
let data13 = data.input_examples;
const _errs31 = errors;
if(errors === _errs31){
if(Array.isArray(data13)){
if(data13.length > 64){
validate86.errors = [{instancePath:instancePath+"/input_examples",schemaPath:"#/properties/input_examples/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"}];
return false;
}
else {
var valid5 = true;
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
let data14 = data13[i1];
const _errs33 = errors;
if(!(data14 && typeof data14 == "object" && !Array.isArray(data14))){
validate86.errors = [{instancePath:instancePath+"/input_examples/" + i1,schemaPath:"#/properties/input_examples/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid5 = _errs33 === errors;
if(!valid5){
break;
}
}
}
}
else {
validate86.errors = [{instancePath:instancePath+"/input_examples",schemaPath:"#/properties/input_examples/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate86.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate86.errors = vErrors;
return errors === 0;
}

const schema101 = shippedSchemas["anthropic.messages"]["$defs"]["serverTool"];
const pattern31 = new RegExp("^[a-z][a-z0-9_]*_[0-9]{8}$", "u");

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 64){
validate88.errors = [{instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 64},message:"must NOT have more than 64 properties"}];
return false;
}
else {
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.name === undefined) && (missing0 = "name"))){
validate88.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(data0.length > 256 && func3(data0) > 256){
validate88.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(!pattern31.test(data0)){
validate88.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*_[0-9]{8}$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*_[0-9]{8}$"+"\""}];
return false;
}
}
}
else {
validate88.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data1 = data.name;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern25.test(data1)){
validate88.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,128}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,128}$"+"\""}];
return false;
}
}
else {
validate88.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data2 = data.cache_control;
const _errs5 = errors;
const _errs6 = errors;
if((!(data2 && typeof data2 == "object" && !Array.isArray(data2))) && (data2 !== null)){
validate88.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.type === undefined) && (missing1 = "type")){
validate88.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs9 = errors;
for(const key0 in data2){
if(!((key0 === "type") || (key0 === "ttl"))){
validate88.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs9 === errors){
if(data2.type !== undefined){
const _errs10 = errors;
if("ephemeral" !== data2.type){
validate88.errors = [{instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/cacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.ttl !== undefined){
let data4 = data2.ttl;
const _errs11 = errors;
if(typeof data4 !== "string"){
validate88.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data4 === "5m") || (data4 === "1h"))){
validate88.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/enum",keyword:"enum",params:{allowedValues: schema74.properties.ttl.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate88.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate88.errors = vErrors;
return errors === 0;
}


function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://tollgate.dev/schemas/anthropic.messages.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.model === undefined) && (missing0 = "model")) || ((data.max_tokens === undefined) && (missing0 = "max_tokens"))) || ((data.messages === undefined) && (missing0 = "messages"))){
validate59.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema71.properties, key0))){
validate59.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.model !== undefined){
let data0 = data.model;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 256 && func3(data0) > 256){
validate59.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data0.length < 1 || (data0.length < 2 * 1 && func3(data0) < 1)){
validate59.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate59.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/pattern",keyword:"pattern",params:{pattern: "^[\\x21-\\x7E]+$"},message:"must match pattern \""+"^[\\x21-\\x7E]+$"+"\""}];
return false;
}
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.max_tokens !== undefined){
let data1 = data.max_tokens;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate59.errors = [{instancePath:instancePath+"/max_tokens",schemaPath:"#/properties/max_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
validate59.errors = [{instancePath:instancePath+"/max_tokens",schemaPath:"#/properties/max_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messages !== undefined){
let data2 = data.messages;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
if(data2.length > 2048){
validate59.errors = [{instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/maxItems",keyword:"maxItems",params:{limit: 2048},message:"must NOT have more than 2048 items"}];
return false;
}
else {
if(data2.length < 1){
validate59.errors = [{instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs8 = errors;
if(errors === _errs8){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.role === undefined) && (missing1 = "role")) || ((data3.content === undefined) && (missing1 = "content"))){
validate59.errors = [{instancePath:instancePath+"/messages/" + i0,schemaPath:"#/properties/messages/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs10 = errors;
for(const key1 in data3){
if(!((key1 === "role") || (key1 === "content"))){
validate59.errors = [{instancePath:instancePath+"/messages/" + i0,schemaPath:"#/properties/messages/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs10 === errors){
if(data3.role !== undefined){
let data4 = data3.role;
const _errs11 = errors;
if(typeof data4 !== "string"){
validate59.errors = [{instancePath:instancePath+"/messages/" + i0+"/role",schemaPath:"#/properties/messages/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data4 === "user") || (data4 === "assistant"))){
validate59.errors = [{instancePath:instancePath+"/messages/" + i0+"/role",schemaPath:"#/properties/messages/items/properties/role/enum",keyword:"enum",params:{allowedValues: schema71.properties.messages.items.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.content !== undefined){
let data5 = data3.content;
const _errs13 = errors;
const _errs14 = errors;
let valid3 = true;
const _errs15 = errors;
if(typeof data5 !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs15 === errors;
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs17 = errors;
if(errors === _errs17){
if(typeof data5 === "string"){
if(data5.length > 1000000 && func3(data5) > 1000000){
validate59.errors = [{instancePath:instancePath+"/messages/" + i0+"/content",schemaPath:"#/properties/messages/items/properties/content/then/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate59.errors = [{instancePath:instancePath+"/messages/" + i0+"/content",schemaPath:"#/properties/messages/items/properties/content/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid0 = _errs17 === errors;
valid3 = _valid0;
ifClause0 = "then";
}
else {
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data5)){
if(data5.length > 256){
validate59.errors = [{instancePath:instancePath+"/messages/" + i0+"/content",schemaPath:"#/properties/messages/items/properties/content/else/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
var valid4 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
const _errs21 = errors;
if(!(validate60(data5[i1], {instancePath:instancePath+"/messages/" + i0+"/content/" + i1,parentData:data5,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
var valid4 = _errs21 === errors;
if(!valid4){
break;
}
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/messages/" + i0+"/content",schemaPath:"#/properties/messages/items/properties/content/else/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var _valid0 = _errs19 === errors;
valid3 = _valid0;
ifClause0 = "else";
}
if(!valid3){
const err1 = {instancePath:instancePath+"/messages/" + i0+"/content",schemaPath:"#/properties/messages/items/properties/content/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate59.errors = vErrors;
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/messages/" + i0,schemaPath:"#/properties/messages/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache_control !== undefined){
let data7 = data.cache_control;
const _errs22 = errors;
const _errs23 = errors;
if((!(data7 && typeof data7 == "object" && !Array.isArray(data7))) && (data7 !== null)){
validate59.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs23){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing2;
if((data7.type === undefined) && (missing2 = "type")){
validate59.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs26 = errors;
for(const key2 in data7){
if(!((key2 === "type") || (key2 === "ttl"))){
validate59.errors = [{instancePath:instancePath+"/cache_control",schemaPath:"#/$defs/cacheControl/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs26 === errors){
if(data7.type !== undefined){
const _errs27 = errors;
if("ephemeral" !== data7.type){
validate59.errors = [{instancePath:instancePath+"/cache_control/type",schemaPath:"#/$defs/cacheControl/properties/type/const",keyword:"const",params:{allowedValue: "ephemeral"},message:"must be equal to constant"}];
return false;
}
var valid6 = _errs27 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data7.ttl !== undefined){
let data9 = data7.ttl;
const _errs28 = errors;
if(typeof data9 !== "string"){
validate59.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data9 === "5m") || (data9 === "1h"))){
validate59.errors = [{instancePath:instancePath+"/cache_control/ttl",schemaPath:"#/$defs/cacheControl/properties/ttl/enum",keyword:"enum",params:{allowedValues: schema74.properties.ttl.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid6 = _errs28 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.container !== undefined){
let data10 = data.container;
const _errs30 = errors;
const _errs31 = errors;
let valid7 = true;
const _errs32 = errors;
if(typeof data10 !== "string"){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid1 = _errs32 === errors;
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs34 = errors;
if(errors === _errs34){
if(typeof data10 === "string"){
if(data10.length > 512 && func3(data10) > 512){
validate59.errors = [{instancePath:instancePath+"/container",schemaPath:"#/properties/container/then/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data10.length < 1 || (data10.length < 2 * 1 && func3(data10) < 1)){
validate59.errors = [{instancePath:instancePath+"/container",schemaPath:"#/properties/container/then/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/container",schemaPath:"#/properties/container/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid1 = _errs34 === errors;
valid7 = _valid1;
ifClause1 = "then";
}
else {
const _errs36 = errors;
if((!(data10 && typeof data10 == "object" && !Array.isArray(data10))) && (data10 !== null)){
validate59.errors = [{instancePath:instancePath+"/container",schemaPath:"#/properties/container/else/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs36){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
const _errs39 = errors;
for(const key3 in data10){
if(!((key3 === "id") || (key3 === "skills"))){
validate59.errors = [{instancePath:instancePath+"/container",schemaPath:"#/properties/container/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs39 === errors){
if(data10.id !== undefined){
let data11 = data10.id;
const _errs40 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
validate59.errors = [{instancePath:instancePath+"/container/id",schemaPath:"#/properties/container/else/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs40){
if(typeof data11 === "string"){
if(data11.length > 512 && func3(data11) > 512){
validate59.errors = [{instancePath:instancePath+"/container/id",schemaPath:"#/properties/container/else/properties/id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data11.length < 1 || (data11.length < 2 * 1 && func3(data11) < 1)){
validate59.errors = [{instancePath:instancePath+"/container/id",schemaPath:"#/properties/container/else/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
}
var valid8 = _errs40 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.skills !== undefined){
let data12 = data10.skills;
const _errs43 = errors;
if((!(Array.isArray(data12))) && (data12 !== null)){
validate59.errors = [{instancePath:instancePath+"/container/skills",schemaPath:"#/properties/container/else/properties/skills/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
if(errors === _errs43){
if(Array.isArray(data12)){
if(data12.length > 64){
validate59.errors = [{instancePath:instancePath+"/container/skills",schemaPath:"#/properties/container/else/properties/skills/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items"}];
return false;
}
else {
var valid9 = true;
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
let data13 = data12[i2];
const _errs46 = errors;
if(errors === _errs46){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing3;
if(((data13.skill_id === undefined) && (missing3 = "skill_id")) || ((data13.type === undefined) && (missing3 = "type"))){
validate59.errors = [{instancePath:instancePath+"/container/skills/" + i2,schemaPath:"#/properties/container/else/properties/skills/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs48 = errors;
for(const key4 in data13){
if(!(((key4 === "skill_id") || (key4 === "type")) || (key4 === "version"))){
validate59.errors = [{instancePath:instancePath+"/container/skills/" + i2,schemaPath:"#/properties/container/else/properties/skills/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs48 === errors){
if(data13.skill_id !== undefined){
let data14 = data13.skill_id;
const _errs49 = errors;
if(errors === _errs49){
if(typeof data14 === "string"){
if(data14.length > 512 && func3(data14) > 512){
validate59.errors = [{instancePath:instancePath+"/container/skills/" + i2+"/skill_id",schemaPath:"#/properties/container/else/properties/skills/items/properties/skill_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data14.length < 1 || (data14.length < 2 * 1 && func3(data14) < 1)){
validate59.errors = [{instancePath:instancePath+"/container/skills/" + i2+"/skill_id",schemaPath:"#/properties/container/else/properties/skills/items/properties/skill_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/container/skills/" + i2+"/skill_id",schemaPath:"#/properties/container/else/properties/skills/items/properties/skill_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs49 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data13.type !== undefined){
let data15 = data13.type;
const _errs51 = errors;
if(typeof data15 !== "string"){
validate59.errors = [{instancePath:instancePath+"/container/skills/" + i2+"/type",schemaPath:"#/properties/container/else/properties/skills/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data15 === "anthropic") || (data15 === "custom"))){
validate59.errors = [{instancePath:instancePath+"/container/skills/" + i2+"/type",schemaPath:"#/properties/container/else/properties/skills/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema71.properties.container.else.properties.skills.items.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid10 = _errs51 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data13.version !== undefined){
let data16 = data13.version;
const _errs53 = errors;
if(errors === _errs53){
if(typeof data16 === "string"){
if(data16.length > 256 && func3(data16) > 256){
validate59.errors = [{instancePath:instancePath+"/container/skills/" + i2+"/version",schemaPath:"#/properties/container/else/properties/skills/items/properties/version/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data16.length < 1 || (data16.length < 2 * 1 && func3(data16) < 1)){
validate59.errors = [{instancePath:instancePath+"/container/skills/" + i2+"/version",schemaPath:"#/properties/container/else/properties/skills/items/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/container/skills/" + i2+"/version",schemaPath:"#/properties/container/else/properties/skills/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs53 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/container/skills/" + i2,schemaPath:"#/properties/container/else/properties/skills/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs46 === errors;
if(!valid9){
break;
}
}
}
}
}
var valid8 = _errs43 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
var _valid1 = _errs36 === errors;
valid7 = _valid1;
ifClause1 = "else";
}
if(!valid7){
const err3 = {instancePath:instancePath+"/container",schemaPath:"#/properties/container/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate59.errors = vErrors;
return false;
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.diagnostics !== undefined){
let data17 = data.diagnostics;
const _errs55 = errors;
if((!(data17 && typeof data17 == "object" && !Array.isArray(data17))) && (data17 !== null)){
validate59.errors = [{instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs55){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
const _errs58 = errors;
for(const key5 in data17){
if(!(key5 === "previous_message_id")){
validate59.errors = [{instancePath:instancePath+"/diagnostics",schemaPath:"#/properties/diagnostics/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs58 === errors){
if(data17.previous_message_id !== undefined){
let data18 = data17.previous_message_id;
const _errs59 = errors;
if((typeof data18 !== "string") && (data18 !== null)){
validate59.errors = [{instancePath:instancePath+"/diagnostics/previous_message_id",schemaPath:"#/properties/diagnostics/properties/previous_message_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs59){
if(typeof data18 === "string"){
if(data18.length > 512 && func3(data18) > 512){
validate59.errors = [{instancePath:instancePath+"/diagnostics/previous_message_id",schemaPath:"#/properties/diagnostics/properties/previous_message_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data18.length < 1 || (data18.length < 2 * 1 && func3(data18) < 1)){
validate59.errors = [{instancePath:instancePath+"/diagnostics/previous_message_id",schemaPath:"#/properties/diagnostics/properties/previous_message_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
}
}
}
}
}
var valid0 = _errs55 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inference_geo !== undefined){
let data19 = data.inference_geo;
const _errs62 = errors;
if((typeof data19 !== "string") && (data19 !== null)){
validate59.errors = [{instancePath:instancePath+"/inference_geo",schemaPath:"#/properties/inference_geo/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs62){
if(typeof data19 === "string"){
if(data19.length > 256 && func3(data19) > 256){
validate59.errors = [{instancePath:instancePath+"/inference_geo",schemaPath:"#/properties/inference_geo/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
}
}
var valid0 = _errs62 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mcp_servers !== undefined){
let data20 = data.mcp_servers;
const _errs65 = errors;
if(errors === _errs65){
if(Array.isArray(data20)){
if(data20.length > 128){
validate59.errors = [{instancePath:instancePath+"/mcp_servers",schemaPath:"#/properties/mcp_servers/maxItems",keyword:"maxItems",params:{limit: 128},message:"must NOT have more than 128 items"}];
return false;
}
else {
var valid12 = true;
const len3 = data20.length;
for(let i3=0; i3<len3; i3++){
let data21 = data20[i3];
const _errs67 = errors;
if(errors === _errs67){
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
let missing4;
if((((data21.type === undefined) && (missing4 = "type")) || ((data21.url === undefined) && (missing4 = "url"))) || ((data21.name === undefined) && (missing4 = "name"))){
validate59.errors = [{instancePath:instancePath+"/mcp_servers/" + i3,schemaPath:"#/properties/mcp_servers/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs69 = errors;
for(const key6 in data21){
if(!(((((key6 === "type") || (key6 === "url")) || (key6 === "name")) || (key6 === "authorization_token")) || (key6 === "tool_configuration"))){
validate59.errors = [{instancePath:instancePath+"/mcp_servers/" + i3,schemaPath:"#/properties/mcp_servers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs69 === errors){
if(data21.type !== undefined){
const _errs70 = errors;
if("url" !== data21.type){
validate59.errors = [{instancePath:instancePath+"/mcp_servers/" + i3+"/type",schemaPath:"#/properties/mcp_servers/items/properties/type/const",keyword:"const",params:{allowedValue: "url"},message:"must be equal to constant"}];
return false;
}
var valid13 = _errs70 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data21.url !== undefined){
let data23 = data21.url;
const _errs71 = errors;
if(errors === _errs71){
if(typeof data23 === "string"){
if(data23.length > 8192 && func3(data23) > 8192){
validate59.errors = [{instancePath:instancePath+"/mcp_servers/" + i3+"/url",schemaPath:"#/properties/mcp_servers/items/properties/url/maxLength",keyword:"maxLength",params:{limit: 8192},message:"must NOT have more than 8192 characters"}];
return false;
}
else {
if(data23.length < 1 || (data23.length < 2 * 1 && func3(data23) < 1)){
validate59.errors = [{instancePath:instancePath+"/mcp_servers/" + i3+"/url",schemaPath:"#/properties/mcp_servers/items/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/mcp_servers/" + i3+"/url",schemaPath:"#/properties/mcp_servers/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid13 = _errs71 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data21.name !== undefined){
let data24 = data21.name;
const _errs73 = errors;
if(errors === _errs73){
if(typeof data24 === "string"){
if(data24.length > 256 && func3(data24) > 256){
validate59.errors = [{instancePath:instancePath+"/mcp_servers/" + i3+"/name",schemaPath:"#/properties/mcp_servers/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(data24.length < 1 || (data24.length < 2 * 1 && func3(data24) < 1)){
validate59.errors = [{instancePath:instancePath+"/mcp_servers/" + i3+"/name",schemaPath:"#/properties/mcp_servers/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/mcp_servers/" + i3+"/name",schemaPath:"#/properties/mcp_servers/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid13 = _errs73 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data21.authorization_token !== undefined){
let data25 = data21.authorization_token;
const _errs75 = errors;
if((typeof data25 !== "string") && (data25 !== null)){
validate59.errors = [{instancePath:instancePath+"/mcp_servers/" + i3+"/authorization_token",schemaPath:"#/properties/mcp_servers/items/properties/authorization_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs75){
if(typeof data25 === "string"){
if(data25.length > 4096 && func3(data25) > 4096){
validate59.errors = [{instancePath:instancePath+"/mcp_servers/" + i3+"/authorization_token",schemaPath:"#/properties/mcp_servers/items/properties/authorization_token/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
}
}
var valid13 = _errs75 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data21.tool_configuration !== undefined){
let data26 = data21.tool_configuration;
const _errs78 = errors;
if((!(data26 && typeof data26 == "object" && !Array.isArray(data26))) && (data26 !== null)){
validate59.errors = [{instancePath:instancePath+"/mcp_servers/" + i3+"/tool_configuration",schemaPath:"#/properties/mcp_servers/items/properties/tool_configuration/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs78){
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
const _errs81 = errors;
for(const key7 in data26){
if(!((key7 === "allowed_tools") || (key7 === "enabled"))){
validate59.errors = [{instancePath:instancePath+"/mcp_servers/" + i3+"/tool_configuration",schemaPath:"#/properties/mcp_servers/items/properties/tool_configuration/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs81 === errors){
if(data26.allowed_tools !== undefined){
let data27 = data26.allowed_tools;
const _errs82 = errors;
if((!(Array.isArray(data27))) && (data27 !== null)){
validate59.errors = [{instancePath:instancePath+"/mcp_servers/" + i3+"/tool_configuration/allowed_tools",schemaPath:"#/properties/mcp_servers/items/properties/tool_configuration/properties/allowed_tools/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
if(errors === _errs82){
if(Array.isArray(data27)){
if(data27.length > 128){
validate59.errors = [{instancePath:instancePath+"/mcp_servers/" + i3+"/tool_configuration/allowed_tools",schemaPath:"#/properties/mcp_servers/items/properties/tool_configuration/properties/allowed_tools/maxItems",keyword:"maxItems",params:{limit: 128},message:"must NOT have more than 128 items"}];
return false;
}
else {
var valid15 = true;
const len4 = data27.length;
for(let i4=0; i4<len4; i4++){
let data28 = data27[i4];
const _errs85 = errors;
if(errors === _errs85){
if(typeof data28 === "string"){
if(!pattern25.test(data28)){
validate59.errors = [{instancePath:instancePath+"/mcp_servers/" + i3+"/tool_configuration/allowed_tools/" + i4,schemaPath:"#/properties/mcp_servers/items/properties/tool_configuration/properties/allowed_tools/items/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,128}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,128}$"+"\""}];
return false;
}
}
else {
validate59.errors = [{instancePath:instancePath+"/mcp_servers/" + i3+"/tool_configuration/allowed_tools/" + i4,schemaPath:"#/properties/mcp_servers/items/properties/tool_configuration/properties/allowed_tools/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid15 = _errs85 === errors;
if(!valid15){
break;
}
}
}
}
}
var valid14 = _errs82 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data26.enabled !== undefined){
let data29 = data26.enabled;
const _errs87 = errors;
if((typeof data29 !== "boolean") && (data29 !== null)){
validate59.errors = [{instancePath:instancePath+"/mcp_servers/" + i3+"/tool_configuration/enabled",schemaPath:"#/properties/mcp_servers/items/properties/tool_configuration/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid14 = _errs87 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
var valid13 = _errs78 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/mcp_servers/" + i3,schemaPath:"#/properties/mcp_servers/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid12 = _errs67 === errors;
if(!valid12){
break;
}
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/mcp_servers",schemaPath:"#/properties/mcp_servers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs65 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metadata !== undefined){
let data30 = data.metadata;
const _errs90 = errors;
if(errors === _errs90){
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
const _errs92 = errors;
for(const key8 in data30){
if(!(key8 === "user_id")){
validate59.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs92 === errors){
if(data30.user_id !== undefined){
let data31 = data30.user_id;
const _errs93 = errors;
if((typeof data31 !== "string") && (data31 !== null)){
validate59.errors = [{instancePath:instancePath+"/metadata/user_id",schemaPath:"#/properties/metadata/properties/user_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs93){
if(typeof data31 === "string"){
if(data31.length > 256 && func3(data31) > 256){
validate59.errors = [{instancePath:instancePath+"/metadata/user_id",schemaPath:"#/properties/metadata/properties/user_id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
}
}
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs90 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.output_config !== undefined){
let data32 = data.output_config;
const _errs96 = errors;
if(errors === _errs96){
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
const _errs98 = errors;
for(const key9 in data32){
if(!((key9 === "effort") || (key9 === "format"))){
validate59.errors = [{instancePath:instancePath+"/output_config",schemaPath:"#/properties/output_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs98 === errors){
if(data32.effort !== undefined){
let data33 = data32.effort;
const _errs99 = errors;
if((typeof data33 !== "string") && (data33 !== null)){
validate59.errors = [{instancePath:instancePath+"/output_config/effort",schemaPath:"#/properties/output_config/properties/effort/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data33 === "low") || (data33 === "medium")) || (data33 === "high")) || (data33 === "xhigh")) || (data33 === "max")) || (data33 === null))){
validate59.errors = [{instancePath:instancePath+"/output_config/effort",schemaPath:"#/properties/output_config/properties/effort/enum",keyword:"enum",params:{allowedValues: schema71.properties.output_config.properties.effort.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid17 = _errs99 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data32.format !== undefined){
let data34 = data32.format;
const _errs102 = errors;
if((!(data34 && typeof data34 == "object" && !Array.isArray(data34))) && (data34 !== null)){
validate59.errors = [{instancePath:instancePath+"/output_config/format",schemaPath:"#/properties/output_config/properties/format/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs102){
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
let missing5;
if(((data34.type === undefined) && (missing5 = "type")) || ((data34.schema === undefined) && (missing5 = "schema"))){
validate59.errors = [{instancePath:instancePath+"/output_config/format",schemaPath:"#/properties/output_config/properties/format/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs105 = errors;
for(const key10 in data34){
if(!((key10 === "type") || (key10 === "schema"))){
validate59.errors = [{instancePath:instancePath+"/output_config/format",schemaPath:"#/properties/output_config/properties/format/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs105 === errors){
if(data34.type !== undefined){
const _errs106 = errors;
if("json_schema" !== data34.type){
validate59.errors = [{instancePath:instancePath+"/output_config/format/type",schemaPath:"#/properties/output_config/properties/format/properties/type/const",keyword:"const",params:{allowedValue: "json_schema"},message:"must be equal to constant"}];
return false;
}
var valid18 = _errs106 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data34.schema !== undefined){
let data36 = data34.schema;
const _errs107 = errors;
if(!(data36 && typeof data36 == "object" && !Array.isArray(data36))){
validate59.errors = [{instancePath:instancePath+"/output_config/format/schema",schemaPath:"#/properties/output_config/properties/format/properties/schema/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid18 = _errs107 === errors;
}
else {
var valid18 = true;
}
}
}
}
}
}
var valid17 = _errs102 === errors;
}
else {
var valid17 = true;
}
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/output_config",schemaPath:"#/properties/output_config/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs96 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.service_tier !== undefined){
let data37 = data.service_tier;
const _errs109 = errors;
if(typeof data37 !== "string"){
validate59.errors = [{instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data37 === "auto") || (data37 === "standard_only"))){
validate59.errors = [{instancePath:instancePath+"/service_tier",schemaPath:"#/properties/service_tier/enum",keyword:"enum",params:{allowedValues: schema71.properties.service_tier.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs109 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.speed !== undefined){
let data38 = data.speed;
const _errs111 = errors;
if((typeof data38 !== "string") && (data38 !== null)){
validate59.errors = [{instancePath:instancePath+"/speed",schemaPath:"#/properties/speed/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data38 === "standard") || (data38 === "fast")) || (data38 === null))){
validate59.errors = [{instancePath:instancePath+"/speed",schemaPath:"#/properties/speed/enum",keyword:"enum",params:{allowedValues: schema71.properties.speed.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs111 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stop_sequences !== undefined){
let data39 = data.stop_sequences;
const _errs114 = errors;
if(errors === _errs114){
if(Array.isArray(data39)){
if(data39.length > 256){
validate59.errors = [{instancePath:instancePath+"/stop_sequences",schemaPath:"#/properties/stop_sequences/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
var valid19 = true;
const len5 = data39.length;
for(let i5=0; i5<len5; i5++){
let data40 = data39[i5];
const _errs116 = errors;
if(errors === _errs116){
if(typeof data40 === "string"){
if(data40.length > 4096 && func3(data40) > 4096){
validate59.errors = [{instancePath:instancePath+"/stop_sequences/" + i5,schemaPath:"#/properties/stop_sequences/items/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
}
else {
validate59.errors = [{instancePath:instancePath+"/stop_sequences/" + i5,schemaPath:"#/properties/stop_sequences/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid19 = _errs116 === errors;
if(!valid19){
break;
}
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/stop_sequences",schemaPath:"#/properties/stop_sequences/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs114 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stream !== undefined){
const _errs118 = errors;
if(typeof data.stream !== "boolean"){
validate59.errors = [{instancePath:instancePath+"/stream",schemaPath:"#/properties/stream/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs118 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.system !== undefined){
let data42 = data.system;
const _errs120 = errors;
const _errs121 = errors;
let valid20 = true;
const _errs122 = errors;
if(typeof data42 !== "string"){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid2 = _errs122 === errors;
errors = _errs121;
if(vErrors !== null){
if(_errs121){
vErrors.length = _errs121;
}
else {
vErrors = null;
}
}
let ifClause2;
if(_valid2){
const _errs124 = errors;
if(errors === _errs124){
if(typeof data42 === "string"){
if(data42.length > 1000000 && func3(data42) > 1000000){
validate59.errors = [{instancePath:instancePath+"/system",schemaPath:"#/properties/system/then/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"}];
return false;
}
}
else {
validate59.errors = [{instancePath:instancePath+"/system",schemaPath:"#/properties/system/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid2 = _errs124 === errors;
valid20 = _valid2;
ifClause2 = "then";
}
else {
const _errs126 = errors;
if(errors === _errs126){
if(Array.isArray(data42)){
if(data42.length > 256){
validate59.errors = [{instancePath:instancePath+"/system",schemaPath:"#/properties/system/else/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
var valid21 = true;
const len6 = data42.length;
for(let i6=0; i6<len6; i6++){
const _errs128 = errors;
if(!(validate61(data42[i6], {instancePath:instancePath+"/system/" + i6,parentData:data42,parentDataProperty:i6,rootData}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
var valid21 = _errs128 === errors;
if(!valid21){
break;
}
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/system",schemaPath:"#/properties/system/else/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var _valid2 = _errs126 === errors;
valid20 = _valid2;
ifClause2 = "else";
}
if(!valid20){
const err5 = {instancePath:instancePath+"/system",schemaPath:"#/properties/system/if",keyword:"if",params:{failingKeyword: ifClause2},message:"must match \""+ifClause2+"\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate59.errors = vErrors;
return false;
}
var valid0 = _errs120 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.temperature !== undefined){
let data44 = data.temperature;
const _errs129 = errors;
if(errors === _errs129){
if((typeof data44 == "number") && (isFinite(data44))){
if(data44 > 1 || isNaN(data44)){
validate59.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data44 < 0 || isNaN(data44)){
validate59.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/temperature",schemaPath:"#/properties/temperature/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid0 = _errs129 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.thinking !== undefined){
let data45 = data.thinking;
const _errs131 = errors;
const _errs133 = errors;
const _errs134 = errors;
let valid23 = true;
const _errs135 = errors;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
let missing6;
if((data45.type === undefined) && (missing6 = "type")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data45.type !== undefined){
if("enabled" !== data45.type){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
var _valid3 = _errs135 === errors;
errors = _errs134;
if(vErrors !== null){
if(_errs134){
vErrors.length = _errs134;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs137 = errors;
if(errors === _errs137){
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
let missing7;
if(((data45.type === undefined) && (missing7 = "type")) || ((data45.budget_tokens === undefined) && (missing7 = "budget_tokens"))){
validate59.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/properties/thinking/allOf/0/then/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
const _errs139 = errors;
for(const key11 in data45){
if(!(((key11 === "type") || (key11 === "budget_tokens")) || (key11 === "display"))){
validate59.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/properties/thinking/allOf/0/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs139 === errors){
if(data45.type !== undefined){
const _errs140 = errors;
if("enabled" !== data45.type){
validate59.errors = [{instancePath:instancePath+"/thinking/type",schemaPath:"#/properties/thinking/allOf/0/then/properties/type/const",keyword:"const",params:{allowedValue: "enabled"},message:"must be equal to constant"}];
return false;
}
var valid25 = _errs140 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data45.budget_tokens !== undefined){
let data48 = data45.budget_tokens;
const _errs141 = errors;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
validate59.errors = [{instancePath:instancePath+"/thinking/budget_tokens",schemaPath:"#/properties/thinking/allOf/0/then/properties/budget_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs141){
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 < 1024 || isNaN(data48)){
validate59.errors = [{instancePath:instancePath+"/thinking/budget_tokens",schemaPath:"#/properties/thinking/allOf/0/then/properties/budget_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1024},message:"must be >= 1024"}];
return false;
}
}
}
var valid25 = _errs141 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data45.display !== undefined){
let data49 = data45.display;
const _errs143 = errors;
if((typeof data49 !== "string") && (data49 !== null)){
validate59.errors = [{instancePath:instancePath+"/thinking/display",schemaPath:"#/properties/thinking/allOf/0/then/properties/display/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data49 === "summarized") || (data49 === "omitted")) || (data49 === null))){
validate59.errors = [{instancePath:instancePath+"/thinking/display",schemaPath:"#/properties/thinking/allOf/0/then/properties/display/enum",keyword:"enum",params:{allowedValues: schema71.properties.thinking.allOf[0].then.properties.display.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid25 = _errs143 === errors;
}
else {
var valid25 = true;
}
}
}
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/properties/thinking/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid3 = _errs137 === errors;
valid23 = _valid3;
}
if(!valid23){
const err8 = {instancePath:instancePath+"/thinking",schemaPath:"#/properties/thinking/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate59.errors = vErrors;
return false;
}
var valid22 = _errs133 === errors;
if(valid22){
const _errs146 = errors;
const _errs147 = errors;
let valid26 = true;
const _errs148 = errors;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
let missing8;
if((data45.type === undefined) && (missing8 = "type")){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(data45.type !== undefined){
if("adaptive" !== data45.type){
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
}
}
var _valid4 = _errs148 === errors;
errors = _errs147;
if(vErrors !== null){
if(_errs147){
vErrors.length = _errs147;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs150 = errors;
if(errors === _errs150){
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
const _errs152 = errors;
for(const key12 in data45){
if(!((key12 === "type") || (key12 === "display"))){
validate59.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/properties/thinking/allOf/1/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs152 === errors){
if(data45.type !== undefined){
const _errs153 = errors;
if("adaptive" !== data45.type){
validate59.errors = [{instancePath:instancePath+"/thinking/type",schemaPath:"#/properties/thinking/allOf/1/then/properties/type/const",keyword:"const",params:{allowedValue: "adaptive"},message:"must be equal to constant"}];
return false;
}
var valid28 = _errs153 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data45.display !== undefined){
let data52 = data45.display;
const _errs154 = errors;
if((typeof data52 !== "string") && (data52 !== null)){
validate59.errors = [{instancePath:instancePath+"/thinking/display",schemaPath:"#/properties/thinking/allOf/1/then/properties/display/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data52 === "summarized") || (data52 === "omitted")) || (data52 === null))){
validate59.errors = [{instancePath:instancePath+"/thinking/display",schemaPath:"#/properties/thinking/allOf/1/then/properties/display/enum",keyword:"enum",params:{allowedValues: schema71.properties.thinking.allOf[1].then.properties.display.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid28 = _errs154 === errors;
}
else {
var valid28 = true;
}
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/properties/thinking/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid4 = _errs150 === errors;
valid26 = _valid4;
}
if(!valid26){
const err11 = {instancePath:instancePath+"/thinking",schemaPath:"#/properties/thinking/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate59.errors = vErrors;
return false;
}
var valid22 = _errs146 === errors;
if(valid22){
const _errs157 = errors;
const _errs158 = errors;
let valid29 = true;
const _errs159 = errors;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
let missing9;
if((data45.type === undefined) && (missing9 = "type")){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
if(data45.type !== undefined){
let data53 = data45.type;
if(!((data53 === "disabled") || (data53 === "between_tools"))){
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
}
}
var _valid5 = _errs159 === errors;
errors = _errs158;
if(vErrors !== null){
if(_errs158){
vErrors.length = _errs158;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs161 = errors;
if(errors === _errs161){
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
const _errs163 = errors;
for(const key13 in data45){
if(!(key13 === "type")){
validate59.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/properties/thinking/allOf/2/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs163 === errors){
if(data45.type !== undefined){
if(typeof data45.type !== "string"){
validate59.errors = [{instancePath:instancePath+"/thinking/type",schemaPath:"#/properties/thinking/allOf/2/then/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/properties/thinking/allOf/2/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid5 = _errs161 === errors;
valid29 = _valid5;
}
if(!valid29){
const err14 = {instancePath:instancePath+"/thinking",schemaPath:"#/properties/thinking/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate59.errors = vErrors;
return false;
}
var valid22 = _errs157 === errors;
}
}
if(errors === _errs131){
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
let missing10;
if((data45.type === undefined) && (missing10 = "type")){
validate59.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/properties/thinking/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"}];
return false;
}
else {
if(data45.type !== undefined){
let data55 = data45.type;
if(typeof data55 !== "string"){
validate59.errors = [{instancePath:instancePath+"/thinking/type",schemaPath:"#/properties/thinking/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data55 === "enabled") || (data55 === "disabled")) || (data55 === "adaptive")) || (data55 === "between_tools"))){
validate59.errors = [{instancePath:instancePath+"/thinking/type",schemaPath:"#/properties/thinking/properties/type/enum",keyword:"enum",params:{allowedValues: schema71.properties.thinking.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/thinking",schemaPath:"#/properties/thinking/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs131 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool_choice !== undefined){
let data56 = data.tool_choice;
const _errs168 = errors;
const _errs170 = errors;
const _errs171 = errors;
let valid34 = true;
const _errs172 = errors;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
let missing11;
if((data56.type === undefined) && (missing11 = "type")){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
if(data56.type !== undefined){
let data57 = data56.type;
if(!((data57 === "auto") || (data57 === "any"))){
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
}
}
var _valid6 = _errs172 === errors;
errors = _errs171;
if(vErrors !== null){
if(_errs171){
vErrors.length = _errs171;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs174 = errors;
if(errors === _errs174){
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
const _errs176 = errors;
for(const key14 in data56){
if(!((key14 === "type") || (key14 === "disable_parallel_tool_use"))){
validate59.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/properties/tool_choice/allOf/0/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs176 === errors){
if(data56.type !== undefined){
const _errs177 = errors;
if(typeof data56.type !== "string"){
validate59.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/properties/tool_choice/allOf/0/then/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid36 = _errs177 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data56.disable_parallel_tool_use !== undefined){
const _errs179 = errors;
if(typeof data56.disable_parallel_tool_use !== "boolean"){
validate59.errors = [{instancePath:instancePath+"/tool_choice/disable_parallel_tool_use",schemaPath:"#/properties/tool_choice/allOf/0/then/properties/disable_parallel_tool_use/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid36 = _errs179 === errors;
}
else {
var valid36 = true;
}
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/properties/tool_choice/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid6 = _errs174 === errors;
valid34 = _valid6;
}
if(!valid34){
const err17 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/properties/tool_choice/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
validate59.errors = vErrors;
return false;
}
var valid33 = _errs170 === errors;
if(valid33){
const _errs181 = errors;
const _errs182 = errors;
let valid37 = true;
const _errs183 = errors;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
let missing12;
if((data56.type === undefined) && (missing12 = "type")){
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
if(data56.type !== undefined){
if("tool" !== data56.type){
const err19 = {};
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
}
var _valid7 = _errs183 === errors;
errors = _errs182;
if(vErrors !== null){
if(_errs182){
vErrors.length = _errs182;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs185 = errors;
if(errors === _errs185){
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
let missing13;
if(((data56.type === undefined) && (missing13 = "type")) || ((data56.name === undefined) && (missing13 = "name"))){
validate59.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/properties/tool_choice/allOf/1/then/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"}];
return false;
}
else {
const _errs187 = errors;
for(const key15 in data56){
if(!(((key15 === "type") || (key15 === "name")) || (key15 === "disable_parallel_tool_use"))){
validate59.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/properties/tool_choice/allOf/1/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs187 === errors){
if(data56.type !== undefined){
const _errs188 = errors;
if("tool" !== data56.type){
validate59.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/properties/tool_choice/allOf/1/then/properties/type/const",keyword:"const",params:{allowedValue: "tool"},message:"must be equal to constant"}];
return false;
}
var valid39 = _errs188 === errors;
}
else {
var valid39 = true;
}
if(valid39){
if(data56.name !== undefined){
let data62 = data56.name;
const _errs189 = errors;
if(errors === _errs189){
if(typeof data62 === "string"){
if(!pattern25.test(data62)){
validate59.errors = [{instancePath:instancePath+"/tool_choice/name",schemaPath:"#/properties/tool_choice/allOf/1/then/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,128}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,128}$"+"\""}];
return false;
}
}
else {
validate59.errors = [{instancePath:instancePath+"/tool_choice/name",schemaPath:"#/properties/tool_choice/allOf/1/then/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid39 = _errs189 === errors;
}
else {
var valid39 = true;
}
if(valid39){
if(data56.disable_parallel_tool_use !== undefined){
const _errs191 = errors;
if(typeof data56.disable_parallel_tool_use !== "boolean"){
validate59.errors = [{instancePath:instancePath+"/tool_choice/disable_parallel_tool_use",schemaPath:"#/properties/tool_choice/allOf/1/then/properties/disable_parallel_tool_use/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid39 = _errs191 === errors;
}
else {
var valid39 = true;
}
}
}
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/properties/tool_choice/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid7 = _errs185 === errors;
valid37 = _valid7;
}
if(!valid37){
const err20 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/properties/tool_choice/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
validate59.errors = vErrors;
return false;
}
var valid33 = _errs181 === errors;
if(valid33){
const _errs193 = errors;
const _errs194 = errors;
let valid40 = true;
const _errs195 = errors;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
let missing14;
if((data56.type === undefined) && (missing14 = "type")){
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
if(data56.type !== undefined){
if("none" !== data56.type){
const err22 = {};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
}
var _valid8 = _errs195 === errors;
errors = _errs194;
if(vErrors !== null){
if(_errs194){
vErrors.length = _errs194;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs197 = errors;
if(errors === _errs197){
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
const _errs199 = errors;
for(const key16 in data56){
if(!(key16 === "type")){
validate59.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/properties/tool_choice/allOf/2/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs199 === errors){
if(data56.type !== undefined){
if("none" !== data56.type){
validate59.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/properties/tool_choice/allOf/2/then/properties/type/const",keyword:"const",params:{allowedValue: "none"},message:"must be equal to constant"}];
return false;
}
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/properties/tool_choice/allOf/2/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid8 = _errs197 === errors;
valid40 = _valid8;
}
if(!valid40){
const err23 = {instancePath:instancePath+"/tool_choice",schemaPath:"#/properties/tool_choice/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
validate59.errors = vErrors;
return false;
}
var valid33 = _errs193 === errors;
}
}
if(errors === _errs168){
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
let missing15;
if((data56.type === undefined) && (missing15 = "type")){
validate59.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/properties/tool_choice/required",keyword:"required",params:{missingProperty: missing15},message:"must have required property '"+missing15+"'"}];
return false;
}
else {
if(data56.type !== undefined){
let data66 = data56.type;
if(typeof data66 !== "string"){
validate59.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/properties/tool_choice/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data66 === "auto") || (data66 === "any")) || (data66 === "tool")) || (data66 === "none"))){
validate59.errors = [{instancePath:instancePath+"/tool_choice/type",schemaPath:"#/properties/tool_choice/properties/type/enum",keyword:"enum",params:{allowedValues: schema71.properties.tool_choice.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/tool_choice",schemaPath:"#/properties/tool_choice/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs168 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tools !== undefined){
let data67 = data.tools;
const _errs203 = errors;
if(errors === _errs203){
if(Array.isArray(data67)){
if(data67.length > 128){
validate59.errors = [{instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/maxItems",keyword:"maxItems",params:{limit: 128},message:"must NOT have more than 128 items"}];
return false;
}
else {
var valid44 = true;
const len7 = data67.length;
for(let i7=0; i7<len7; i7++){
let data68 = data67[i7];
const _errs205 = errors;
if(!(data68 && typeof data68 == "object" && !Array.isArray(data68))){
validate59.errors = [{instancePath:instancePath+"/tools/" + i7,schemaPath:"#/properties/tools/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
const _errs207 = errors;
let valid45 = true;
const _errs208 = errors;
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
if(data68.type !== undefined){
let data69 = data68.type;
if(!((data69 === "custom") || (data69 === null))){
const err24 = {};
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
var _valid9 = _errs208 === errors;
errors = _errs207;
if(vErrors !== null){
if(_errs207){
vErrors.length = _errs207;
}
else {
vErrors = null;
}
}
let ifClause3;
if(_valid9){
const _errs210 = errors;
if(!(validate86(data68, {instancePath:instancePath+"/tools/" + i7,parentData:data67,parentDataProperty:i7,rootData}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
var _valid9 = _errs210 === errors;
valid45 = _valid9;
ifClause3 = "then";
}
else {
const _errs211 = errors;
if(!(validate88(data68, {instancePath:instancePath+"/tools/" + i7,parentData:data67,parentDataProperty:i7,rootData}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
var _valid9 = _errs211 === errors;
valid45 = _valid9;
ifClause3 = "else";
}
if(!valid45){
const err25 = {instancePath:instancePath+"/tools/" + i7,schemaPath:"#/properties/tools/items/if",keyword:"if",params:{failingKeyword: ifClause3},message:"must match \""+ifClause3+"\" schema"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
validate59.errors = vErrors;
return false;
}
var valid44 = _errs205 === errors;
if(!valid44){
break;
}
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs203 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.top_k !== undefined){
let data70 = data.top_k;
const _errs212 = errors;
if(!(((typeof data70 == "number") && (!(data70 % 1) && !isNaN(data70))) && (isFinite(data70)))){
validate59.errors = [{instancePath:instancePath+"/top_k",schemaPath:"#/properties/top_k/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs212){
if((typeof data70 == "number") && (isFinite(data70))){
if(data70 < 0 || isNaN(data70)){
validate59.errors = [{instancePath:instancePath+"/top_k",schemaPath:"#/properties/top_k/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs212 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.top_p !== undefined){
let data71 = data.top_p;
const _errs214 = errors;
if(errors === _errs214){
if((typeof data71 == "number") && (isFinite(data71))){
if(data71 > 1 || isNaN(data71)){
validate59.errors = [{instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data71 < 0 || isNaN(data71)){
validate59.errors = [{instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/top_p",schemaPath:"#/properties/top_p/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid0 = _errs214 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_profile_id !== undefined){
let data72 = data.user_profile_id;
const _errs216 = errors;
if(errors === _errs216){
if(typeof data72 === "string"){
if(data72.length > 512 && func3(data72) > 512){
validate59.errors = [{instancePath:instancePath+"/user_profile_id",schemaPath:"#/properties/user_profile_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data72.length < 1 || (data72.length < 2 * 1 && func3(data72) < 1)){
validate59.errors = [{instancePath:instancePath+"/user_profile_id",schemaPath:"#/properties/user_profile_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/user_profile_id",schemaPath:"#/properties/user_profile_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs216 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workspace_id !== undefined){
let data73 = data.workspace_id;
const _errs218 = errors;
if(errors === _errs218){
if(typeof data73 === "string"){
if(data73.length > 512 && func3(data73) > 512){
validate59.errors = [{instancePath:instancePath+"/workspace_id",schemaPath:"#/properties/workspace_id/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(data73.length < 1 || (data73.length < 2 * 1 && func3(data73) < 1)){
validate59.errors = [{instancePath:instancePath+"/workspace_id",schemaPath:"#/properties/workspace_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/workspace_id",schemaPath:"#/properties/workspace_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs218 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate59.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate59.errors = vErrors;
return errors === 0;
}

export const validators = Object.freeze({
  "openai.chat": openaiChat,
  "openai.responses": openaiResponses,
  "openai.embeddings": openaiEmbeddings,
  "anthropic.messages": anthropicMessages,
});
