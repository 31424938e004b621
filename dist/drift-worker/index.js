import{createRequire as r}from"module";var e={8787:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(3742);r.exports=n},3742:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function filled(r,e){var t;var n;t=[];for(n=0;n<e;n++){t.push(r)}return t}r.exports=filled},1830:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(1401);r.exports=n},1401:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(8787);function zeros(r){return n(0,r)}r.exports=zeros},9979:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(9714);var a=t(5878);var i=t(8520);var s;if(n()){s=a}else{s=i}r.exports=s},5878:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=typeof Float64Array==="function"?Float64Array:void 0;r.exports=e},8520:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}r.exports=polyfill},4826:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(5613);var a=t(3405);var i=t(523);var s;if(n()){s=a}else{s=i}r.exports=s},3405:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=typeof Uint16Array==="function"?Uint16Array:void 0;r.exports=e},523:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}r.exports=polyfill},7096:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(4171);var a=t(2399);var i=t(3689);var s;if(n()){s=a}else{s=i}r.exports=s},2399:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=typeof Uint32Array==="function"?Uint32Array:void 0;r.exports=e},3689:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}r.exports=polyfill},5183:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(4246);var a=t(8570);var i=t(7540);var s;if(n()){s=a}else{s=i}r.exports=s},8570:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=typeof Uint8Array==="function"?Uint8Array:void 0;r.exports=e},7540:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}r.exports=polyfill},5265:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=typeof Float64Array==="function"?Float64Array:null;r.exports=e},9714:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(6405);r.exports=n},6405:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(5672);var a=t(5265);function hasFloat64ArraySupport(){var r;var e;if(typeof a!=="function"){return false}try{e=new a([1,3.14,-3.14,NaN]);r=n(e)&&e[0]===1&&e[1]===3.14&&e[2]===-3.14&&e[3]!==e[3]}catch(e){r=false}return r}r.exports=hasFloat64ArraySupport},2878:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(3103);r.exports=n},3103:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(3595);function hasGeneratorSupport(){var r;try{n('"use strict"; (function* () {})');r=true}catch(e){r=false}return r}r.exports=hasGeneratorSupport},1907:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(4270);r.exports=n},4270:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=Object.prototype.hasOwnProperty;function hasOwnProp(r,t){if(r===void 0||r===null){return false}return e.call(r,t)}r.exports=hasOwnProp},5547:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(166);r.exports=n},166:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function hasSymbolSupport(){return typeof Symbol==="function"&&typeof Symbol("foo")==="symbol"}r.exports=hasSymbolSupport},9501:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(6284);r.exports=n},6284:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(5547);var a=n();function hasToStringTagSupport(){return a&&typeof Symbol.toStringTag==="symbol"}r.exports=hasToStringTagSupport},5613:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(2364);r.exports=n},2364:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(3599);var a=t(6653);var i=t(5929);function hasUint16ArraySupport(){var r;var e;if(typeof i!=="function"){return false}try{e=[1,3.14,-3.14,a+1,a+2];e=new i(e);r=n(e)&&e[0]===1&&e[1]===3&&e[2]===a-2&&e[3]===0&&e[4]===1}catch(e){r=false}return r}r.exports=hasUint16ArraySupport},5929:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=typeof Uint16Array==="function"?Uint16Array:null;r.exports=e},4171:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(8950);r.exports=n},8950:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(3209);var a=t(8035);var i=t(2709);function hasUint32ArraySupport(){var r;var e;if(typeof i!=="function"){return false}try{e=[1,3.14,-3.14,a+1,a+2];e=new i(e);r=n(e)&&e[0]===1&&e[1]===3&&e[2]===a-2&&e[3]===0&&e[4]===1}catch(e){r=false}return r}r.exports=hasUint32ArraySupport},2709:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=typeof Uint32Array==="function"?Uint32Array:null;r.exports=e},4246:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(249);r.exports=n},249:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(228);var a=t(2732);var i=t(5545);function hasUint8ArraySupport(){var r;var e;if(typeof i!=="function"){return false}try{e=[1,3.14,-3.14,a+1,a+2];e=new i(e);r=n(e)&&e[0]===1&&e[1]===3&&e[2]===a-2&&e[3]===0&&e[4]===1}catch(e){r=false}return r}r.exports=hasUint8ArraySupport},5545:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=typeof Uint8Array==="function"?Uint8Array:null;r.exports=e},5672:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(7439);r.exports=n},7439:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(547);var a=typeof Float64Array==="function";function isFloat64Array(r){return a&&r instanceof Float64Array||n(r)==="[object Float64Array]"}r.exports=isFloat64Array},7604:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(5183);var a=t(4826);var i={uint16:a,uint8:n};r.exports=i},347:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(7158);r.exports=n},7158:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(7604);var a;function isLittleEndian(){var r;var e;r=new n["uint16"](1);r[0]=4660;e=new n["uint8"](r.buffer);return e[0]===52}a=isLittleEndian();r.exports=a},3599:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(2394);r.exports=n},2394:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(547);var a=typeof Uint16Array==="function";function isUint16Array(r){return a&&r instanceof Uint16Array||n(r)==="[object Uint16Array]"}r.exports=isUint16Array},3209:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(8168);r.exports=n},8168:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(547);var a=typeof Uint32Array==="function";function isUint32Array(r){return a&&r instanceof Uint32Array||n(r)==="[object Uint32Array]"}r.exports=isUint32Array},228:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(7755);r.exports=n},7755:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(547);var a=typeof Uint8Array==="function";function isUint8Array(r){return a&&r instanceof Uint8Array||n(r)==="[object Uint8Array]"}r.exports=isUint8Array},8858:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=11754943508222875e-54;r.exports=e},45:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=2.718281828459045;r.exports=e},5088:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=2220446049250313e-31;r.exports=e},2404:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=.5772156649015329;r.exports=e},1877:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=1023|0;r.exports=e},3822:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=10.900511;r.exports=e},9475:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=.34657359027997264;r.exports=e},3935:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=2147483647>>>0;r.exports=e},222:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=2146435072;r.exports=e},5976:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=2147483648>>>0;r.exports=e},8910:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=1048575;r.exports=e},1239:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=.6931471805599453;r.exports=e},2656:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=-1023|0;r.exports=e},6276:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=1023|0;r.exports=e},4193:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=709.782712893384;r.exports=e},313:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=170|0;r.exports=e},3424:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=17976931348623157e292;r.exports=e},4862:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=-1074|0;r.exports=e},7999:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=-708.3964185322641;r.exports=e},1475:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(4241);var a=n.NEGATIVE_INFINITY;r.exports=a},1277:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=20|0;r.exports=e},9701:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=3.141592653589793;r.exports=e},469:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=Number.POSITIVE_INFINITY;r.exports=e},5417:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=22250738585072014e-324;r.exports=e},8159:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=1.4901161193847656e-8;r.exports=e},2385:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=2.5066282746310007;r.exports=e},4739:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=6.283185307179586;r.exports=e},6653:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=65535|0;r.exports=e},8035:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=4294967295;r.exports=e},2732:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=255|0;r.exports=e},6990:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(4209);r.exports=n},4209:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=Function;r.exports=e},530:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(8085);r.exports=n},8085:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(2804);function isEven(r){return n(r/2)}r.exports=isEven},7234:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(661);r.exports=n},661:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(469);var a=t(1475);function isInfinite(r){return r===n||r===a}r.exports=isInfinite},2804:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(3835);r.exports=n},3835:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(2334);function isInteger(r){return n(r)===r}r.exports=isInteger},6523:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(9382);r.exports=n},9382:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isnan(r){return r!==r}r.exports=isnan},3270:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(8121);r.exports=n},8121:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(1475);function isNegativeZero(r){return r===0&&1/r===n}r.exports=isNegativeZero},7687:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(9106);r.exports=n},9106:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(530);function isOdd(r){if(r>0){return n(r-1)}return n(r+1)}r.exports=isOdd},866:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(7685);r.exports=n},7685:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(469);function isPositiveZero(r){return r===0&&1/r===n}r.exports=isPositiveZero},6260:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(6443);r.exports=n},6443:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function abs(r){return Math.abs(r)}r.exports=abs},3385:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(7640);r.exports=n},7640:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=Math.ceil;r.exports=e},910:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(9775);r.exports=n},9775:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(5976);var a=t(3935);var i=t(7949);var s=t(2882);var o=t(7844);var l=[0,0];function copysign(r,e){var t;var u;i.assign(r,l,1,0);t=l[0];t&=a;u=s(e);u&=n;t|=u;return o(t,l[1])}r.exports=copysign},9191:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(4274);r.exports=n},4274:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_cos.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=t(2882);var a=t(1567);var i=t(186);var s=t(3982);var o=t(3935);var l=t(222);var u=[0,0];var f=1072243195|0;var c=1044381696|0;function cos(r){var e;var t;e=n(r);e&=o;if(e<=f){if(e<c){return 1}return a(r,0)}if(e>=l){return NaN}t=s(r,u);switch(t&3){case 0:return a(u[0],u[1]);case 1:return-i(u[0],u[1]);case 2:return-a(u[0],u[1]);default:return i(u[0],u[1])}}r.exports=cos},988:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(4387);r.exports=n},4387:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_erf.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=t(6523);var a=t(1851);var i=t(3786);var s=t(469);var o=t(1475);var l=t(8300);var u=t(8018);var f=t(675);var c=t(5266);var v=t(8925);var h=t(1332);var p=t(516);var g=t(9101);var d=1e-300;var m=13877787807814457e-33;var y=.8450629115104675;var A=.12837916709551256;var w=1;var x=-.0023621185607526594;var b=1;var k=-.009864944034847148;var S=1;var E=-.0098649429247001;var I=1;function erfc(r){var e;var t;var M;var F;var B;var C;var _;var N;if(n(r)){return NaN}if(r===s){return 0}if(r===o){return 2}if(r===0){return 1}if(r<0){e=true;t=-r}else{e=false;t=r}if(t<.84375){if(t<m){return 1-r}M=r*r;F=A+M*l(M);B=w+M*u(M);C=F/B;if(r<.25){return 1-(r+r*C)}F=r*C;F+=r-.5;return.5-F}if(t<1.25){B=t-1;_=x+B*f(B);N=b+B*c(B);if(e){return 1+y+_/N}return 1-y-_/N}if(t<28){B=1/(t*t);if(t<2.857142857142857){F=k+B*v(B);B=S+B*h(B)}else{if(r<-6){return 2-d}F=E+B*p(B);B=I+B*g(B)}M=i(t,0);F=a(-(M*M)-.5625)*a((M-t)*(M+t)+F/B);if(e){return 2-F/t}return F/t}if(e){return 2-d}return d*d}r.exports=erfc},675:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.41485611868374833}return.41485611868374833+r*(-.3722078760357013+r*(.31834661990116175+r*(-.11089469428239668+r*(.035478304325618236+r*-.002166375594868791))))}r.exports=evalpoly},8300:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-.3250421072470015}return-.3250421072470015+r*(-.02848174957559851+r*(-.005770270296489442+r*-23763016656650163e-21))}r.exports=evalpoly},5266:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.10642088040084423}return.10642088040084423+r*(.540397917702171+r*(.07182865441419627+r*(.12617121980876164+r*(.01363708391202905+r*.011984499846799107))))}r.exports=evalpoly},8018:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.39791722395915535}return.39791722395915535+r*(.0650222499887673+r*(.005081306281875766+r*(.00013249473800432164+r*-3960228278775368e-21)))}r.exports=evalpoly},8925:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-.6938585727071818}return-.6938585727071818+r*(-10.558626225323291+r*(-62.375332450326006+r*(-162.39666946257347+r*(-184.60509290671104+r*(-81.2874355063066+r*-9.814329344169145)))))}r.exports=evalpoly},516:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-.799283237680523}return-.799283237680523+r*(-17.757954917754752+r*(-160.63638485582192+r*(-637.5664433683896+r*(-1025.0951316110772+r*-483.5191916086514))))}r.exports=evalpoly},1332:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return 19.651271667439257}return 19.651271667439257+r*(137.65775414351904+r*(434.56587747522923+r*(645.3872717332679+r*(429.00814002756783+r*(108.63500554177944+r*(6.570249770319282+r*-.0604244152148581))))))}r.exports=evalpoly},9101:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return 30.33806074348246}return 30.33806074348246+r*(325.7925129965739+r*(1536.729586084437+r*(3199.8582195085955+r*(2553.0504064331644+r*(474.52854120695537+r*-22.44095244658582)))))}r.exports=evalpoly},6567:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=t(3291);var a=t(1589);function expmulti(r,e,t){var i;var s;var o;var l;i=r-e;s=i*i;o=i-s*a(s);l=1-(e-i*o/(2-o)-r);return n(l,t)}r.exports=expmulti},1851:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(1878);r.exports=n},1878:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=t(6523);var a=t(1262);var i=t(1475);var s=t(469);var o=t(6567);var l=.6931471803691238;var u=1.9082149292705877e-10;var f=1.4426950408889634;var c=709.782712893384;var v=-745.1332191019411;var h=1/(1<<28);var p=-h;function exp(r){var e;var t;var g;if(n(r)||r===s){return r}if(r===i){return 0}if(r>c){return s}if(r<v){return 0}if(r>p&&r<h){return 1+r}if(r<0){g=a(f*r-.5)}else{g=a(f*r+.5)}e=r-g*l;t=g*u;return o(e,t,g)}r.exports=exp},1589:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.16666666666666602}return.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*4.1381367970572385e-8)))}r.exports=evalpoly},141:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(6172);r.exports=n},6172:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_expm1.c} and [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/s_expm1.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=t(6523);var a=t(2882);var i=t(5990);var s=t(7844);var o=t(469);var l=t(1475);var u=t(1877);var f=t(9475);var c=t(6736);var v=709.782712893384;var h=.6931471803691238;var p=1.9082149292705877e-10;var g=1.4426950408889634;var d=38.816242111356935;var m=1.0397207708399179;function expm1(r){var e;var t;var y;var A;var w;var x;var b;var k;var S;var E;var I;var M;var F;if(r===o||n(r)){return r}if(r===l){return-1}if(r===0){return r}if(r<0){y=true;k=-r}else{y=false;k=r}if(k>=d){if(y){return-1}if(k>=v){return o}}x=a(k)|0;if(k>f){if(k<m){if(y){A=r+h;w=-p;F=-1}else{A=r-h;w=p;F=1}}else{if(y){F=g*r-.5}else{F=g*r+.5}F|=0;I=F;A=r-I*h;w=I*p}r=A-w;E=A-r-w}else if(x<1016070144){return r}else{F=0}e=.5*r;S=r*e;b=1+S*c(S);I=3-b*e;M=S*((b-I)/(6-r*I));if(F===0){return r-(r*M-S)}t=s(u+F<<20,0);M=r*(M-E)-E;M-=S;if(F===-1){return.5*(r-M)-.5}if(F===1){if(r<-.25){return-2*(M-(r+.5))}return 1+2*(r-M)}if(F<=-2||F>56){k=1-(M-r);if(F===1024){A=a(k)+(F<<20)|0;k=i(k,A)}else{k*=t}return k-1}I=1;if(F<20){A=1072693248-(2097152>>F)|0;I=i(I,A);k=I-(M-r)}else{A=u-F<<20|0;I=i(I,A);k=r-(M+I);k+=1}k*=t;return k}r.exports=expm1},6736:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-.03333333333333313}return-.03333333333333313+r*(.0015873015872548146+r*(-793650757867488e-19+r*(4008217827329362e-21+r*-2.0109921818362437e-7)))}r.exports=evalpoly},2334:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(5681);r.exports=n},5681:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=Math.floor;r.exports=e},2638:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(2193);r.exports=n},2193:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/lanczos.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=t(9497);r.exports=n},9497:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var e;var t;var n;if(r===0){return Infinity}if(r<0){e=-r}else{e=r}if(e<=1){t=709811.662581658+r*(679979.8474157227+r*(293136.7857211597+r*(74887.54032914672+r*(12555.290582413863+r*(1443.4299244417066+r*(115.24194596137347+r*(6.309239205732627+r*(.22668404630224365+r*(.004826466289237662+r*4624429436045379e-20)))))))));n=0+r*(362880+r*(1026576+r*(1172700+r*(723680+r*(269325+r*(63273+r*(9450+r*(870+r*(45+r*1)))))))))}else{r=1/r;t=4624429436045379e-20+r*(.004826466289237662+r*(.22668404630224365+r*(6.309239205732627+r*(115.24194596137347+r*(1443.4299244417066+r*(12555.290582413863+r*(74887.54032914672+r*(293136.7857211597+r*(679979.8474157227+r*709811.662581658)))))))));n=1+r*(45+r*(870+r*(9450+r*(63273+r*(269325+r*(723680+r*(1172700+r*(1026576+r*(362880+r*0)))))))))}return t/n}r.exports=evalrational},905:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(9848);r.exports=n},9848:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, long comment, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var n=t(6523);var a=t(2804);var i=t(3270);var s=t(6260);var o=t(2334);var l=t(1794);var u=t(469);var f=t(1475);var c=t(9701);var v=t(101);var h=t(6630);var p=t(3381);function gamma(r){var e;var t;var g;var d;if(a(r)&&r<0||r===f||n(r)){return NaN}if(r===0){if(i(r)){return f}return u}if(r>171.61447887182297){return u}if(r<-170.5674972726612){return 0}t=s(r);if(t>33){if(r>=0){return v(r)}g=o(t);if((g&1)===0){e=-1}else{e=1}d=t-g;if(d>.5){g+=1;d=t-g}d=t*l(c*d);return e*c/(s(d)*v(t))}d=1;while(r>=3){r-=1;d*=r}while(r<0){if(r>-1e-9){return h(r,d)}d/=r;r+=1}while(r<2){if(r<1e-9){return h(r,d)}d/=r;r+=1}if(r===2){return d}r-=2;return d*p(r)}r.exports=gamma},6886:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.08333333333334822}return.08333333333334822+r*(.0034722222160545866+r*(-.0026813261780578124+r*(-.00022954996161337813+r*.0007873113957930937)))}r.exports=evalpoly},3381:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var e;var t;var n;if(r===0){return 1}if(r<0){e=-r}else{e=r}if(e<=1){t=1+r*(.4942148268014971+r*(.20744822764843598+r*(.04763678004571372+r*(.010421379756176158+r*(.0011913514700658638+r*(.00016011952247675185+r*0))))));n=1+r*(.0714304917030273+r*(-.23459179571824335+r*(.035823639860549865+r*(.011813978522206043+r*(-.004456419138517973+r*(.0005396055804933034+r*-23158187332412014e-21))))))}else{r=1/r;t=0+r*(.00016011952247675185+r*(.0011913514700658638+r*(.010421379756176158+r*(.04763678004571372+r*(.20744822764843598+r*(.4942148268014971+r*1))))));n=-23158187332412014e-21+r*(.0005396055804933034+r*(-.004456419138517973+r*(.011813978522206043+r*(.035823639860549865+r*(-.23459179571824335+r*(.0714304917030273+r*1))))))}return t/n}r.exports=evalrational},6630:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var n=t(2404);function gamma(r,e){return e/((1+n*r)*r)}r.exports=gamma},101:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var n=t(2385);var a=t(6310);var i=t(1851);var s=t(6886);var o=143.01608;function gamma(r){var e;var t;var l;e=1/r;e=1+e*s(e);t=i(r);if(r>o){l=a(r,.5*r-.25);t=l*(l/t)}else{t=a(r,r-.5)/t}return n*t*e}r.exports=gamma},7186:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(7013);r.exports=n},3256:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/detail/lgamma_small.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=t(1550);var a=t(5088);var i=t(8280);var s=t(1440);var o=t(7492);var l=.15896368026733398;var u=.5281534194946289;var f=.45201730728149414;function lgammaSmallImp(r,e,t){var c;var v;var h;var p;if(r<a){return-n(r)}if(e===0||t===0){return 0}v=0;if(r>2){if(r>=3){do{r-=1;t-=1;v+=n(r)}while(r>=3);t=r-2}h=t*(r+1);p=i(t);v+=h*l+h*p;return v}if(r<1){v+=-n(r);t=e;e=r;r+=1}if(r<=1.5){h=s(e);c=e*t;v+=c*u+c*h;return v}h=t*e;p=o(-t);v+=h*f+h*p;return v}r.exports=lgammaSmallImp},7013:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=t(905);var a=t(141);var i=t(7260);var s=t(6523);var o=t(3256);function gamma1pm1(r){if(s(r)){return NaN}if(r<0){if(r<-.5){return n(1+r)-1}return a(-i(r)+o(r+2,r+1,r))}if(r<2){return a(o(r+1,r,r-1))}return n(1+r)-1}r.exports=gamma1pm1},8280:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var e;var t;var n;if(r===0){return-.01803556856784494}if(r<0){e=-r}else{e=r}if(e<=1){t=-.01803556856784494+r*(.02512664961998968+r*(.049410315156753225+r*(.0172491608709614+r*(-.0002594535632054381+r*(-.0005410098692152044+r*(-3245886498259485e-20+r*0))))));n=1+r*(1.962029871977952+r*(1.4801966942423133+r*(.5413914320717209+r*(.09885042511280101+r*(.008213096746488934+r*(.00022493629192211576+r*-2.2335276320861708e-7))))))}else{r=1/r;t=0+r*(-3245886498259485e-20+r*(-.0005410098692152044+r*(-.0002594535632054381+r*(.0172491608709614+r*(.049410315156753225+r*(.02512664961998968+r*-.01803556856784494))))));n=-2.2335276320861708e-7+r*(.00022493629192211576+r*(.008213096746488934+r*(.09885042511280101+r*(.5413914320717209+r*(1.4801966942423133+r*(1.962029871977952+r*1))))))}return t/n}r.exports=evalrational},1440:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var e;var t;var n;if(r===0){return.04906224540690395}if(r<0){e=-r}else{e=r}if(e<=1){t=.04906224540690395+r*(-.09691175301595212+r*(-.4149833583594954+r*(-.4065671242119384+r*(-.1584135863906922+r*(-.024014982064857155+r*-.0010034668769627955)))));n=1+r*(3.0234982984646304+r*(3.4873958536072385+r*(1.9141558827442668+r*(.5071377386143635+r*(.05770397226904519+r*.001957681026011072)))))}else{r=1/r;t=-.0010034668769627955+r*(-.024014982064857155+r*(-.1584135863906922+r*(-.4065671242119384+r*(-.4149833583594954+r*(-.09691175301595212+r*.04906224540690395)))));n=.001957681026011072+r*(.05770397226904519+r*(.5071377386143635+r*(1.9141558827442668+r*(3.4873958536072385+r*(3.0234982984646304+r*1)))))}return t/n}r.exports=evalrational},7492:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(r){var e;var t;var n;if(r===0){return-.029232972183027003}if(r<0){e=-r}else{e=r}if(e<=1){t=-.029232972183027003+r*(.14421626775719232+r*(-.14244039073863127+r*(.05428096940550536+r*(-.008505359768683364+r*(.0004311713426792973+r*0)))));n=1+r*(-1.5016935605448505+r*(.846973248876495+r*(-.22009515181499575+r*(.02558279715597587+r*(-.0010066679553914337+r*-8.271935218912905e-7)))))}else{r=1/r;t=0+r*(.0004311713426792973+r*(-.008505359768683364+r*(.05428096940550536+r*(-.14244039073863127+r*(.14421626775719232+r*-.029232972183027003)))));n=-8.271935218912905e-7+r*(-.0010066679553914337+r*(.02558279715597587+r*(-.22009515181499575+r*(.846973248876495+r*(-1.5016935605448505+r*1)))))}return t/n}r.exports=evalrational},7078:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=t(1851);function finiteGammaQ(r,e){var t;var a;var i;var s;i=n(-e);a=i;if(a!==0){t=a;for(s=1;s<r;++s){t/=s;t*=e;a+=t}}return a}r.exports=finiteGammaQ},5120:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=t(988);var a=t(5478);var i=t(1851);var s=t(9701);function finiteHalfGammaQ(r,e){var t;var o;var l;var u;var f;u=n(a(e));if(u!==0&&r>1){o=i(-e)/a(s*e);o*=e;t=.5;o/=t;l=o;for(f=2;f<r;++f){o/=f-t;o*=e;l+=o}u+=l}return u}r.exports=finiteHalfGammaQ},5852:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=t(1851);var a=t(6310);var i=t(1550);var s=t(4193);var o=t(7999);function fullIGammaPrefix(r,e){var t;var l;l=r*i(e);if(e>=1){if(l<s&&-e>o){t=a(e,r)*n(-e)}else if(r>=1){t=a(e/n(e/r),r)}else{t=n(l-e)}}else{if(l>o){t=a(e,r)*n(-e)}else if(e/r<s){t=a(e/n(e/r),r)}else{t=n(l-e)}}return t}r.exports=fullIGammaPrefix},6144:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=t(2334);var a=t(905);var i=t(6260);var s=t(6310);var o=t(1550);var l=t(8159);var u=t(3424);var f=t(4193);var c=t(3781);var v=t(7078);var h=t(5120);var p=t(5852);var g=t(712);var d=t(7178);var m=t(4175);var y=t(97);var A=t(386);function igammaFinal(r,e,t,w){var x;var b;var k;var S;var E;var I;var M;var F;var B;var C;var _;var N;var U;var Q;M=0;F=w;I=e<30&&e<=r+1&&r<f;if(I){U=n(e);B=U===e;k=B?false:i(U-e)===.5}else{B=false;k=false}if(B&&r>.6){F=!F;b=0}else if(k&&r>.2){F=!F;b=1}else if(r<l&&e>1){b=6}else if(r>1e3&&(e<r||i(e-50)/r<1)){F=!F;b=7}else if(r<.5){if(-.4/o(r)<e){b=2}else{b=3}}else if(r<1.1){if(r*.75<e){b=2}else{b=3}}else{E=false;if(t&&e>20){C=i((r-e)/e);if(e>200){if(20/e>C*C){E=true}}else if(C<.4){E=true}}if(E){b=5}else if(r-1/(3*r)<e){b=2}else{b=4;F=!F}}switch(b){case 0:M=v(e,r);if(t===false){M*=a(e)}break;case 1:M=h(e,r);if(t===false){M*=a(e)}break;case 2:M=t?m(e,r):p(e,r);if(M!==0){S=0;x=false;if(F){S=t?1:a(e);if(t||M>=1||u*M>S){S/=M;if(t||e<1||u/e>S){S*=-e;x=true}else{S=0}}else{S=0}}M*=d(e,r,S)/e;if(x){F=false;M=-M}}break;case 3:F=!F;_=y(e,r,F);M=_[0];Q=_[1];F=false;if(t){M/=Q}break;case 4:M=t?m(e,r):p(e,r);if(M!==0){M*=A(e,r)}break;case 5:M=g(e,r);if(r>=e){F=!F}break;case 6:M=t?s(r,e)/a(e+1):s(r,e)/e;M*=1-e*r/(e+1);break;case 7:M=t?m(e,r):p(e,r);M/=r;if(M!==0){M*=c(e,r)}break}if(t&&M>1){M=1}if(F){N=t?1:a(e);M=N-M}return M}r.exports=igammaFinal},712:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=t(2096);var a=t(5430);var i=t(988);var s=t(5478);var o=t(1851);var l=t(4739);var u=t(4410);var f=t(5273);var c=t(736);var v=t(8135);var h=t(6870);var p=t(7589);var g=t(3164);var d=t(8099);var m=t(9413);var y=[0,0,0,0,0,0,0,0,0,0];function igammaTemmeLarge(r,e){var t;var A;var w;var x;var b;A=(e-r)/r;w=-a(A);x=r*w;b=s(2*w);if(e<r){b=-b}y[0]=u(b);y[1]=f(b);y[2]=c(b);y[3]=v(b);y[4]=h(b);y[5]=p(b);y[6]=g(b);y[7]=d(b);y[8]=m(b);y[9]=-.0005967612901927463;t=n(y,1/r);t*=o(-x)/s(l*r);if(e<r){t=-t}t+=i(s(x))/2;return t}r.exports=igammaTemmeLarge},5479:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(3218);r.exports=n},7178:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=t(6491);var a=t(3027);function lowerGammaSeries(r,e,t){var i;var s;t=t||0;s=a(r,e);i=n(s,{initialValue:t});return i}r.exports=lowerGammaSeries},3027:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function lowerIncompleteGammaSeries(r,e){var t=1;var n=r;var a=e;return next;function next(){var r=t;n+=1;t*=a/n;return r}}r.exports=lowerIncompleteGammaSeries},3218:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=t(7711);var a=t(1851);var i=t(1550);var s=t(2385);var o=t(4193);var l=t(469);var u=t(313);var f=t(6144);var c=t(7178);var v=t(386);function gammainc(r,e,t,h){var p;var g;var d;var m;if(r<0||e<=0){return NaN}p=t===void 0?true:t;d=h;if(e>=u&&!p){if(d&&e*4<r){m=e*i(r)-r;m+=i(v(e,r))}else if(!d&&e>4*r){m=e*i(r)-r;g=0;m+=i(c(e,r,g)/e)}else{m=f(r,e,true,d);if(m===0){if(d){m=1+1/(12*e)+1/(288*e*e);m=i(m)-e+(e-.5)*i(e);m+=i(s)}else{m=e*i(r)-r;g=0;m+=i(c(e,r,g)/e)}}else{m=i(m)+n(e)}}if(m>o){return l}return a(m)}return f(r,e,p,d)}r.exports=gammainc},4410:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-.3333333333333333}return-.3333333333333333+r*(.08333333333333333+r*(-.014814814814814815+r*(.0011574074074074073+r*(.0003527336860670194+r*(-.0001787551440329218+r*(3919263178522438e-20+r*(-21854485106799924e-22+r*(-185406221071516e-20+r*(8.296711340953087e-7+r*(-1.7665952736826078e-7+r*(6.707853543401498e-9+r*(1.0261809784240309e-8+r*(-4.382036018453353e-9+r*9.14769958223679e-10)))))))))))))}r.exports=evalpoly},5273:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-.001851851851851852}return-.001851851851851852+r*(-.003472222222222222+r*(.0026455026455026454+r*(-.0009902263374485596+r*(.00020576131687242798+r*(-4.018775720164609e-7+r*(-18098550334489977e-21+r*(764916091608111e-20+r*(-16120900894563446e-22+r*(4.647127802807434e-9+r*(1.378633446915721e-7+r*(-5.752545603517705e-8+r*1.1951628599778148e-8)))))))))))}r.exports=evalpoly},736:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.004133597883597883}return.004133597883597883+r*(-.0026813271604938273+r*(.0007716049382716049+r*(20093878600823047e-22+r*(-.00010736653226365161+r*(52923448829120125e-21+r*(-12760635188618728e-21+r*(3.423578734096138e-8+r*(13721957309062932e-22+r*(-6.298992138380055e-7+r*1.4280614206064242e-7)))))))))}r.exports=evalpoly},8135:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.0006494341563786008}return.0006494341563786008+r*(.00022947209362139917+r*(-.0004691894943952557+r*(.00026772063206283885+r*(-7561801671883977e-20+r*(-2.396505113867297e-7+r*(11082654115347302e-21+r*(-56749528269915965e-22+r*14230900732435883e-22)))))))}r.exports=evalpoly},6870:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-.0008618882909167117}return-.0008618882909167117+r*(.0007840392217200666+r*(-.0002990724803031902+r*(-14638452578843418e-22+r*(6641498215465122e-20+r*(-3968365047179435e-20+r*11375726970678419e-21)))))}r.exports=evalpoly},7589:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-.00033679855336635813}return-.00033679855336635813+r*(-6972813758365858e-20+r*(.0002772753244959392+r*(-.00019932570516188847+r*(6797780477937208e-20+r*(1.419062920643967e-7+r*(-13594048189768693e-21+r*(8018470256334202e-21+r*-2291481176508095e-21)))))))}r.exports=evalpoly},3164:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.0005313079364639922}return.0005313079364639922+r*(-.0005921664373536939+r*(.0002708782096718045+r*(7.902353232660328e-7+r*(-8153969367561969e-20+r*(561168275310625e-19+r*-18329116582843375e-21)))))}r.exports=evalpoly},8099:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.00034436760689237765}return.00034436760689237765+r*(5171790908260592e-20+r*(-.00033493161081142234+r*(.0002812695154763237+r*-.00010976582244684731)))}r.exports=evalpoly},9413:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-.0006526239185953094}return-.0006526239185953094+r*(.0008394987206720873+r*-.000438297098541721)}r.exports=evalpoly},4175:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=t(2638);var a=t(7711);var i=t(905);var s=t(5430);var o=t(5478);var l=t(6260);var u=t(1851);var f=t(6310);var c=t(2974);var v=t(8008);var h=t(1550);var p=t(3424);var g=t(4193);var d=t(7999);var m=t(3822);var y=t(45);function regularisedGammaPrefix(r,e){var t;var A;var w;var x;var b;var k;var S;w=r+m-.5;S=(e-r-m+.5)/w;if(r<1){if(e<=d||r<1/p){return u(r*h(e)-e-a(r))}return f(e,r)*u(-e)/i(r)}if(l(S*S*r)<=100&&r>150){t=r*s(S)+e*(.5-m)/w;t=u(t)}else{x=r*h(e/w);b=r-e;if(v(x,b)<=d||c(x,b)>=g){A=b/r;if(v(x,b)/2>d&&c(x,b)/2<g){k=f(e/w,r/2)*u(b/2);t=k*k}else if(v(x,b)/4>d&&c(x,b)/4<g&&e>r){k=f(e/w,r/4)*u(b/4);t=k*k;t*=t}else if(A>d&&A<g){t=f(e*u(A)/w,r)}else{t=u(x+b)}}else{t=f(e/w,r)*u(b)}}t*=o(w/y)/n(r);return t}r.exports=regularisedGammaPrefix},7708:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function smallGamma2Series(r,e){var t;var n;var a;var i;t=-e;e=-e;n=r+1;a=1;return next;function next(){i=t/n;t*=e;a+=1;t/=a;n+=1;return i}}r.exports=smallGamma2Series},3781:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=t(6491);var a=t(4809);function tgammaILargeX(r,e){var t;var i;i=a(r,e);t=n(i);return t}r.exports=tgammaILargeX},4809:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function tgammaILargeXSeries(r,e){var t=1;var n=r;var a=e;return next;function next(){var r=t;t*=n/a;n-=1;return r}}r.exports=tgammaILargeXSeries},97:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=t(4756);var a=t(6491);var i=t(7186);var s=t(7708);function tgammaSmallUpperPart(r,e,t){var o;var l;var u;var f;var c;l=i(r);u=(l+1)/r;f=n(e,r);l-=f;l/=r;c=s(r,e);f+=1;o=t?u:0;l=-f*a(c,{initialValue:(o-l)/f});if(t){l=-l}return[l,u]}r.exports=tgammaSmallUpperPart},386:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=t(508);var a=t(2923);function upperGammaFraction(r,e){var t=a(r,e);return 1/(e-r+1+n(t))}r.exports=upperGammaFraction},2923:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function upperIncompleteGammaFract(r,e){var t=e-r+1;var n=r;var a=0;return next;function next(){a+=1;t+=2;return[a*(n-a),t]}}r.exports=upperIncompleteGammaFract},7711:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(8554);r.exports=n},8554:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/e_lgamma_r.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=t(6523);var a=t(7234);var i=t(6260);var s=t(1550);var o=t(1262);var l=t(8901);var u=t(9701);var f=t(469);var c=t(9303);var v=t(5690);var h=t(1271);var p=t(7120);var g=t(2778);var d=t(6503);var m=t(2352);var y=t(7942);var A=t(5059);var w=t(9596);var x=.07721566490153287;var b=.3224670334241136;var k=1;var S=-.07721566490153287;var E=.48383612272381005;var I=-.1475877229945939;var M=.06462494023913339;var F=-.07721566490153287;var B=1;var C=.4189385332046727;var _=1.4616321449683622;var N=4503599627370496;var U=72057594037927940;var Q=13877787807814457e-33;var D=1.4616321449683622;var R=-.12148629053584961;var P=-3638676997039505e-33;function gammaln(r){var e;var t;var G;var z;var q;var $;var L;var T;var V;var O;var W;var j;var H;if(n(r)||a(r)){return r}if(r===0){return f}if(r<0){e=true;r=-r}else{e=false}if(r<Q){return-s(r)}if(e){if(r>=N){return f}V=l(r);if(V===0){return f}t=s(u/i(V*r))}if(r===1||r===2){return 0}if(r<2){if(r<=.9){H=-s(r);if(r>=_-1+.27){W=1-r;G=0}else if(r>=_-1-.27){W=r-(D-1);G=1}else{W=r;G=2}}else{H=0;if(r>=_+.27){W=2-r;G=0}else if(r>=_-.27){W=r-D;G=1}else{W=r-1;G=2}}switch(G){case 0:j=W*W;$=x+j*c(j);q=j*(b+j*v(j));L=W*$+q;H+=L-.5*W;break;case 1:j=W*W;O=j*W;$=E+O*g(O);q=I+O*d(O);z=M+O*m(O);L=j*$-(P-O*(q+W*z));H+=R+L;break;case 2:$=W*(F+W*y(W));q=B+W*A(W);H+=-.5*W+$/q;break}}else if(r<8){G=o(r);W=r-G;L=W*(S+W*p(W));T=k+W*h(W);H=.5*W+L/T;j=1;switch(G){case 7:j*=W+6;case 6:j*=W+5;case 5:j*=W+4;case 4:j*=W+3;case 3:j*=W+2;H+=s(j)}}else if(r<U){V=s(r);j=1/r;W=j*j;O=C+j*w(W);H=(r-.5)*(V-1)+O}else{H=r*(s(r)-1)}if(e){H=t-H}return H}r.exports=gammaln},9303:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.06735230105312927}return.06735230105312927+r*(.007385550860814029+r*(.0011927076318336207+r*(.00022086279071390839+r*25214456545125733e-21)))}r.exports=evalpoly},5690:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.020580808432516733}return.020580808432516733+r*(.0028905138367341563+r*(.0005100697921535113+r*(.00010801156724758394+r*44864094961891516e-21)))}r.exports=evalpoly},1271:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return 1.3920053346762105}return 1.3920053346762105+r*(.7219355475671381+r*(.17193386563280308+r*(.01864591917156529+r*(.0007779424963818936+r*7326684307446256e-21))))}r.exports=evalpoly},7120:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.21498241596060885}return.21498241596060885+r*(.325778796408931+r*(.14635047265246445+r*(.02664227030336386+r*(.0018402845140733772+r*3194753265841009e-20))))}r.exports=evalpoly},2778:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-.032788541075985965}return-.032788541075985965+r*(.006100538702462913+r*(-.0014034646998923284+r*.00031563207090362595))}r.exports=evalpoly},6503:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.01797067508118204}return.01797067508118204+r*(-.0036845201678113826+r*(.000881081882437654+r*-.00031275416837512086))}r.exports=evalpoly},2352:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-.010314224129834144}return-.010314224129834144+r*(.0022596478090061247+r*(-.0005385953053567405+r*.0003355291926355191))}r.exports=evalpoly},7942:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.6328270640250934}return.6328270640250934+r*(1.4549225013723477+r*(.9777175279633727+r*(.22896372806469245+r*.013381091853678766)))}r.exports=evalpoly},5059:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return 2.4559779371304113}return 2.4559779371304113+r*(2.128489763798934+r*(.7692851504566728+r*(.10422264559336913+r*.003217092422824239)))}r.exports=evalpoly},9596:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.08333333333333297}return.08333333333333297+r*(-.0027777777772877554+r*(.0007936505586430196+r*(-.00059518755745034+r*(.0008363399189962821+r*-.0016309293409657527))))}r.exports=evalpoly},1567:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(4010);r.exports=n},4010:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/k_cos.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=t(5732);var a=t(3242);function kernelCos(r,e){var t;var i;var s;var o;o=r*r;s=o*o;i=o*n(o);i+=s*s*a(o);t=.5*o;s=1-t;return s+(1-s-t+(o*i-r*e))}r.exports=kernelCos},5732:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.0416666666666666}return.0416666666666666+r*(-.001388888888887411+r*2480158728947673e-20)}r.exports=evalpoly},3242:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return-2.7557314351390663e-7}return-2.7557314351390663e-7+r*(2.087572321298175e-9+r*-11359647557788195e-27)}r.exports=evalpoly},186:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(7485);r.exports=n},7485:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_sin.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var e=-.16666666666666632;var t=.00833333333332249;var n=-.0001984126982985795;var a=27557313707070068e-22;var i=-2.5050760253406863e-8;var s=1.58969099521155e-10;function kernelSin(r,o){var l;var u;var f;var c;c=r*r;f=c*c;l=t+c*(n+c*a)+c*f*(i+c*s);u=c*r;if(o===0){return r+u*(e+c*l)}return r-(c*(.5*o-u*l)-o-u*e)}r.exports=kernelSin},3291:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(3078);r.exports=n},3078:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(469);var a=t(1475);var i=t(1877);var s=t(6276);var o=t(2656);var l=t(4862);var u=t(6523);var f=t(7234);var c=t(910);var v=t(9335).assign;var h=t(6075);var p=t(7949);var g=t(7844);var d=2220446049250313e-31;var m=2148532223>>>0;var y=[0,0];var A=[0,0];function ldexp(r,e){var t;var w;if(e===0||r===0||u(r)||f(r)){return r}v(r,y,1,0);r=y[0];e+=y[1];e+=h(r);if(e<l){return c(0,r)}if(e>s){if(r<0){return a}return n}if(e<=o){e+=52;w=d}else{w=1}p.assign(r,A,1,0);t=A[0];t&=m;t|=e+i<<20;return w*g(t,A[1])}r.exports=ldexp},1550:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(5553);r.exports=n},5553:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_log.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=t(2882);var a=t(5990);var i=t(6523);var s=t(1877);var o=t(1475);var l=t(6488);var u=t(1103);var f=.6931471803691238;var c=1.9082149292705877e-10;var v=0x40000000000000;var h=.3333333333333333;var p=1048575|0;var g=2146435072|0;var d=1048576|0;var m=1072693248|0;function ln(r){var e;var t;var y;var A;var w;var x;var b;var k;var S;var E;var I;var M;if(r===0){return o}if(i(r)||r<0){return NaN}t=n(r);w=0|0;if(t<d){w-=54|0;r*=v;t=n(r)}if(t>=g){return r+r}w+=(t>>20)-s|0;t&=p;k=t+614244&1048576|0;r=a(r,t|k^m);w+=k>>20|0;b=r-1;if((p&2+t)<3){if(b===0){if(w===0){return 0}return w*f+w*c}x=b*b*(.5-h*b);if(w===0){return b-x}return w*f-(x-w*c-b)}E=b/(2+b);M=E*E;k=t-398458|0;I=M*M;S=440401-t|0;A=I*l(I);y=M*u(I);k|=S;x=y+A;if(k>0){e=.5*b*b;if(w===0){return b-(e-E*(e+x))}return w*f-(e-(E*(e+x)+w*c)-b)}if(w===0){return b-E*(b-x)}return w*f-(E*(b-x)-w*c-b)}r.exports=ln},6488:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.3999999999940942}return.3999999999940942+r*(.22222198432149784+r*.15313837699209373)}r.exports=evalpoly},1103:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.6666666666666735}return.6666666666666735+r*(.2857142874366239+r*(.1818357216161805+r*.14798198605116586))}r.exports=evalpoly},7260:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(7306);r.exports=n},7306:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_log1p.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=t(6523);var a=t(2882);var i=t(5990);var s=t(469);var o=t(1475);var l=t(1877);var u=t(897);var f=.6931471803691238;var c=1.9082149292705877e-10;var v=.41421356237309503;var h=-.2928932188134525;var p=1.862645149230957e-9;var g=5551115123125783e-32;var d=9007199254740992;var m=.6666666666666666;function log1p(r){var e;var t;var y;var A;var w;var x;var b;var k;var S;var E;if(r<-1||n(r)){return NaN}if(r===-1){return o}if(r===s){return r}if(r===0){return r}if(r<0){y=-r}else{y=r}E=1;if(y<v){if(y<p){if(y<g){return r}return r-r*r*.5}if(r>h){E=0;A=r;t=1}}if(E!==0){if(y<d){S=1+r;t=a(S);E=(t>>20)-l;if(E>0){w=1-(S-r)}else{w=r-(S-1)}w/=S}else{S=r;t=a(S);E=(t>>20)-l;w=0}t&=1048575;if(t<434334){S=i(S,t|1072693248)}else{E+=1;S=i(S,t|1071644672);t=1048576-t>>2}A=S-1}e=.5*A*A;if(t===0){if(A===0){w+=E*c;return E*f+w}k=e*(1-m*A);return E*f-(k-(E*c+w)-A)}x=A/(2+A);b=x*x;k=b*u(b);if(E===0){return A-(e-x*(e+k))}return E*f-(e-(x*(e+k)+(E*c+w))-A)}r.exports=log1p},897:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.6666666666666735}return.6666666666666735+r*(.3999999999940942+r*(.2857142874366239+r*(.22222198432149784+r*(.1818357216161805+r*(.15313837699209373+r*.14798198605116586)))))}r.exports=evalpoly},5430:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(4473);r.exports=n},4781:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2005-2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
*/
function log1pSeries(r){var e=-r;var t=-1;var n=0;return next;function next(){t*=e;n+=1;return t/n}}r.exports=log1pSeries},4473:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2005-2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=t(6260);var a=t(1550);var i=t(5088);var s=t(6491);var o=t(4781);function log1pmx(r){var e;var t;if(r<=-1){return NaN}t=n(r);if(t>.95){return a(1+r)-r}if(t<i){return-r*r/2}e={initialValue:-r};return s(o(r),e)}r.exports=log1pmx},2974:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(8641);r.exports=n},8641:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(866);var a=t(6523);var i=t(469);function max(r,e){if(a(r)||a(e)){return NaN}if(r===i||e===i){return i}if(r===e&&r===0){if(n(r)){return r}return e}if(r>e){return r}return e}r.exports=max},8008:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(9503);r.exports=n},9503:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(3270);var a=t(6523);var i=t(1475);function min(r,e){if(a(r)||a(e)){return NaN}if(r===i||e===i){return i}if(r===e&&r===0){if(n(r)){return r}return e}if(r<e){return r}return e}r.exports=min},6310:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(7609);r.exports=n},9905:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=t(2882);var a=t(3786);var i=t(5990);var s=t(1877);var o=t(1277);var l=t(3140);var u=1048575|0;var f=1048576|0;var c=1072693248|0;var v=536870912|0;var h=524288|0;var p=9007199254740992;var g=.9617966939259756;var d=.9617967009544373;var m=-7.028461650952758e-9;var y=[1,1.5];var A=[0,.5849624872207642];var w=[0,1.350039202129749e-8];function log2ax(r,e,t){var x;var b;var k;var S;var E;var I;var M;var F;var B;var C;var _;var N;var U;var Q;var D;var R;var P;var G;var z;var q;var $;var L;q=0|0;if(t<f){e*=p;q-=53|0;t=n(e)}q+=(t>>o)-s|0;$=t&u|0;t=$|c|0;if($<=235662){L=0}else if($<767610){L=1}else{L=0;q+=1|0;t-=f}e=i(e,t);F=y[L];G=e-F;z=1/(e+F);b=G*z;S=a(b,0);x=(t>>1|v)+h;x+=L<<18;I=i(0,x);M=e-(I-F);E=z*(G-S*I-S*M);k=b*b;P=k*k*l(k);P+=E*(S+b);k=S*S;I=3+k+P;I=a(I,0);M=P-(I-3-k);G=S*I;z=E*I+M*b;C=G+z;C=a(C,0);_=z-(C-G);N=d*C;U=m*C+_*g+w[L];B=A[L];R=q;Q=N+U+B+R;Q=a(Q,0);D=U-(Q-R-B-N);r[0]=Q;r[1]=D;return r}r.exports=log2ax},3726:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=t(3786);var a=t(837);var i=1.4426950408889634;var s=1.4426950216293335;var o=1.9259629911266175e-8;function logx(r,e){var t;var l;var u;var f;var c;var v;u=e-1;f=u*u*a(u);c=s*u;v=u*o-f*i;l=c+v;l=n(l,0);t=v-(l-c);r[0]=l;r[1]=t;return r}r.exports=logx},7609:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=t(6523);var a=t(7687);var i=t(7234);var s=t(2804);var o=t(5478);var l=t(6260);var u=t(7949);var f=t(3786);var c=t(6519);var v=t(1475);var h=t(469);var p=t(3935);var g=t(2122);var d=t(888);var m=t(3355);var y=t(9905);var A=t(3726);var w=t(5224);var x=1072693247|0;var b=1105199104|0;var k=1139802112|0;var S=1083179008|0;var E=1072693248|0;var I=1083231232|0;var M=3230714880>>>0;var F=31|0;var B=1e300;var C=1e-300;var _=8008566259537294e-32;var N=[0|0,0|0];var U=[0,0];function pow(r,e){var t;var Q;var D;var R;var P;var G;var z;var q;var $;var L;var T;var V;var O;var W;var j;var H;if(n(r)||n(e)){return NaN}u.assign(e,N,1,0);G=N[0];z=N[1];if(z===0){if(e===0){return 1}if(e===1){return r}if(e===-1){return 1/r}if(e===.5){return o(r)}if(e===-.5){return 1/o(r)}if(e===2){return r*r}if(e===3){return r*r*r}if(e===4){r*=r;return r*r}if(i(e)){return m(r,e)}}u.assign(r,N,1,0);R=N[0];P=N[1];if(P===0){if(R===0){return g(r,e)}if(r===1){return 1}if(r===-1&&a(e)){return-1}if(i(r)){if(r===v){return pow(-0,-e)}if(e<0){return 0}return h}}if(r<0&&s(e)===false){return(r-r)/(r-r)}D=l(r);t=R&p|0;Q=G&p|0;q=R>>>F|0;$=G>>>F|0;if(q&&a(e)){q=-1}else{q=1}if(Q>b){if(Q>k){return d(r,e)}if(t<x){if($===1){return q*B*B}return q*C*C}if(t>E){if($===0){return q*B*B}return q*C*C}O=A(U,D)}else{O=y(U,D,t)}L=f(e,0);V=(e-L)*O[0]+e*O[1];T=L*O[0];W=V+T;u.assign(W,N,1,0);j=c(N[0]);H=c(N[1]);if(j>=S){if((j-S|H)!==0){return q*B*B}if(V+_>W-T){return q*B*B}}else if((j&p)>=I){if((j-M|H)!==0){return q*C*C}if(V<=W-T){return q*C*C}}W=w(j,T,V);return q*W}r.exports=pow},3140:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.5999999999999946}return.5999999999999946+r*(.4285714285785502+r*(.33333332981837743+r*(.272728123808534+r*(.23066074577556175+r*.20697501780033842))))}r.exports=evalpoly},5568:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.16666666666666602}return.16666666666666602+r*(-.0027777777777015593+r*(6613756321437934e-20+r*(-16533902205465252e-22+r*4.1381367970572385e-8)))}r.exports=evalpoly},837:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r){if(r===0){return.5}return.5+r*(-.3333333333333333+r*.25)}r.exports=evalpoly},5224:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=t(2882);var a=t(5990);var i=t(3786);var s=t(6519);var o=t(3291);var l=t(1239);var u=t(1877);var f=t(3935);var c=t(8910);var v=t(1277);var h=t(5568);var p=1048576|0;var g=1071644672|0;var d=.6931471824645996;var m=-1.904654299957768e-9;function pow2(r,e,t){var y;var A;var w;var x;var b;var k;var S;var E;var I;var M;var F;M=r&f|0;F=(M>>v)-u|0;I=0;if(M>g){I=r+(p>>F+1)>>>0;F=((I&f)>>v)-u|0;y=(I&~(c>>F))>>>0;w=a(0,y);I=(I&c|p)>>v-F>>>0;if(r<0){I=-I}e-=w}w=t+e;w=i(w,0);b=w*d;k=(t-(w-e))*l+w*m;E=b+k;S=k-(E-b);w=E*E;A=E-w*h(w);x=E*A/(A-2)-(S+E*S);E=1-(x-E);r=n(E);r=s(r);r+=I<<v>>>0;if(r>>v<=0){E=o(E,I)}else{E=a(E,r)}return E}r.exports=pow2},2122:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=t(7687);var a=t(910);var i=t(1475);var s=t(469);function pow(r,e){if(e===i){return s}if(e===s){return 0}if(e>0){if(n(e)){return r}return 0}if(n(e)){return a(s,r)}return s}r.exports=pow},888:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=t(3935);var a=t(2882);var i=1072693247|0;var s=1e300;var o=1e-300;function pow(r,e){var t;var l;l=a(r);t=l&n;if(t<=i){if(e<0){return s*s}return o*o}if(e>0){return s*s}return o*o}r.exports=pow},3355:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(6260);var a=t(469);function pow(r,e){if(r===-1){return(r-r)/(r-r)}if(r===1){return 1}if(n(r)<1===(e===a)){return 0}return a}r.exports=pow},4756:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(2603);r.exports=n},2603:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/powm1.hpp}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=t(6523);var a=t(7234);var i=t(6260);var s=t(141);var o=t(1550);var l=t(6310);var u=t(1262);function powm1(r,e){var t;var f;if(n(r)||n(e)){return NaN}if(e===0){return 0}if(r===0){return-1}if(r<0&&e%2===0){r=-r}if(r>0){if(i(e*(r-1))<.5||i(e)<.2){f=o(r)*e;if(f<.5){return s(f)}}}else if(u(e)!==e){return NaN}t=l(r,e)-1;if(a(t)||n(t)){return NaN}return t}r.exports=powm1},3982:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(4385);r.exports=n},7236:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=t(2334);var a=t(3291);var i=t(1830);var s=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859];var o=[1.570796251296997,7.549789415861596e-8,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67];var l=16777216;var u=5.960464477539063e-8;var f=i(20);var c=i(20);var v=i(20);var h=i(20);function compute(r,e,t,i,f,c,p,g,d){var m;var y;var A;var w;var x;var b;var k;var S;var E;w=c;E=i[t];S=t;for(x=0;S>0;x++){y=u*E|0;h[x]=E-l*y|0;E=i[S-1]+y;S-=1}E=a(E,f);E-=8*n(E*.125);k=E|0;E-=k;A=0;if(f>0){x=h[t-1]>>24-f;k+=x;h[t-1]-=x<<24-f;A=h[t-1]>>23-f}else if(f===0){A=h[t-1]>>23}else if(E>=.5){A=2}if(A>0){k+=1;m=0;for(x=0;x<t;x++){S=h[x];if(m===0){if(S!==0){m=1;h[x]=16777216-S}}else{h[x]=16777215-S}}if(f>0){switch(f){case 1:h[t-1]&=8388607;break;case 2:h[t-1]&=4194303;break}}if(A===2){E=1-E;if(m!==0){E-=a(1,f)}}}if(E===0){S=0;for(x=t-1;x>=c;x--){S|=h[x]}if(S===0){for(b=1;h[c-b]===0;b++){}for(x=t+1;x<=t+b;x++){d[g+x]=s[p+x];y=0;for(S=0;S<=g;S++){y+=r[S]*d[g+(x-S)]}i[x]=y}t+=b;return compute(r,e,t,i,f,c,p,g,d)}t-=1;f-=24;while(h[t]===0){t-=1;f-=24}}else{E=a(E,-f);if(E>=l){y=u*E|0;h[t]=E-l*y|0;t+=1;f+=24;h[t]=y}else{h[t]=E|0}}y=a(1,f);for(x=t;x>=0;x--){i[x]=y*h[x];y*=u}for(x=t;x>=0;x--){y=0;for(b=0;b<=w&&b<=t-x;b++){y+=o[b]*i[x+b]}v[t-x]=y}y=0;for(x=t;x>=0;x--){y+=v[x]}if(A===0){e[0]=y}else{e[0]=-y}y=v[0]-y;for(x=1;x<=t;x++){y+=v[x]}if(A===0){e[1]=y}else{e[1]=-y}return k&7}function kernelRempio2(r,e,t,n){var a;var i;var o;var l;var u;var v;var h;var p;var g;i=4;l=n-1;o=(t-3)/24|0;if(o<0){o=0}v=t-24*(o+1);p=o-l;g=l+i;for(h=0;h<=g;h++){if(p<0){f[h]=0}else{f[h]=s[p]}p+=1}for(h=0;h<=i;h++){a=0;for(p=0;p<=l;p++){a+=r[p]*f[l+(h-p)]}c[h]=a}u=i;return compute(r,e,u,c,v,i,o,l,f)}r.exports=kernelRempio2},4385:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
*
* Optimized by Bruce D. Evans.
* ```
*/
var n=t(3935);var a=t(222);var i=t(8910);var s=t(2882);var o=t(1662);var l=t(7844);var u=t(7236);var f=t(499);var c=0;var v=16777216;var h=1.5707963267341256;var p=6077100506506192e-26;var g=2*p;var d=3*p;var m=4*p;var y=598523|0;var A=1072243195|0;var w=1073928572|0;var x=1074752122|0;var b=1074977148|0;var k=1075183036|0;var S=1075388923|0;var E=1075594811|0;var I=1094263291|0;var M=[0,0,0];var F=[0,0];function rempio2(r,e){var t;var B;var C;var _;var N;var U;var Q;var D;C=s(r)|0;_=C&n|0;if(_<=A){e[0]=r;e[1]=0;return 0}if(_<=x){if((_&i)===y){return f(r,_,e)}if(_<=w){if(C>0){D=r-h;e[0]=D-p;e[1]=D-e[0]-p;return 1}D=r+h;e[0]=D+p;e[1]=D-e[0]+p;return-1}if(C>0){D=r-2*h;e[0]=D-g;e[1]=D-e[0]-g;return 2}D=r+2*h;e[0]=D+g;e[1]=D-e[0]+g;return-2}if(_<=E){if(_<=k){if(_===b){return f(r,_,e)}if(C>0){D=r-3*h;e[0]=D-d;e[1]=D-e[0]-d;return 3}D=r+3*h;e[0]=D+d;e[1]=D-e[0]+d;return-3}if(_===S){return f(r,_,e)}if(C>0){D=r-4*h;e[0]=D-m;e[1]=D-e[0]-m;return 4}D=r+4*h;e[0]=D+m;e[1]=D-e[0]+m;return-4}if(_<I){return f(r,_,e)}if(_>=a){e[0]=NaN;e[1]=NaN;return 0}t=o(r);B=(_>>20)-1046;D=l(_-(B<<20|0),t);for(U=0;U<2;U++){M[U]=D|0;D=(D-M[U])*v}M[2]=D;N=3;while(M[N-1]===c){N-=1}Q=u(M,F,B,N,1);if(C<0){e[0]=-F[0];e[1]=-F[1];return-Q}e[0]=F[0];e[1]=F[1];return Q}r.exports=rempio2},499:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=t(8972);var a=t(2882);var i=.6366197723675814;var s=1.5707963267341256;var o=6077100506506192e-26;var l=6077100506303966e-26;var u=20222662487959506e-37;var f=20222662487111665e-37;var c=84784276603689e-45;var v=2047|0;function rempio2Medium(r,e,t){var h;var p;var g;var d;var m;var y;var A;p=n(r*i);d=r-p*s;m=p*o;A=e>>20|0;t[0]=d-m;h=a(t[0]);y=A-(h>>20&v);if(y>16){g=d;m=p*l;d=g-m;m=p*u-(g-d-m);t[0]=d-m;h=a(t[0]);y=A-(h>>20&v);if(y>49){g=d;m=p*f;d=g-m;m=p*c-(g-d-m);t[0]=d-m}}t[1]=d-t[0]-m;return p}r.exports=rempio2Medium},8972:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(6547);r.exports=n},6547:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=Math.round;r.exports=e},1794:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(3205);r.exports=n},3205:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_sin.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=t(3935);var a=t(222);var i=t(2882);var s=t(1567);var o=t(186);var l=t(3982);var u=1072243195|0;var f=1045430272|0;var c=[0,0];function sin(r){var e;var t;e=i(r);e&=n;if(e<=u){if(e<f){return r}return o(r,0)}if(e>=a){return NaN}t=l(r,c);switch(t&3){case 0:return o(c[0],c[1]);case 1:return s(c[0],c[1]);case 2:return-o(c[0],c[1]);default:return-s(c[0],c[1])}}r.exports=sin},8901:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(3012);r.exports=n},3012:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(6523);var a=t(7234);var i=t(9191);var s=t(1794);var o=t(6260);var l=t(910);var u=t(9701);function sinpi(r){var e;var t;if(n(r)){return NaN}if(a(r)){return NaN}t=r%2;e=o(t);if(e===0||e===1){return l(0,t)}if(e<.25){return s(u*t)}if(e<.75){e=.5-e;return l(i(u*e),t)}if(e<1.25){t=l(1,t)-t;return s(u*t)}if(e<1.75){e-=1.5;return-l(i(u*e),t)}t-=l(2,t);return s(u*t)}r.exports=sinpi},5478:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(1689);r.exports=n},1689:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=Math.sqrt;r.exports=e},1262:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(2657);r.exports=n},2657:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(2334);var a=t(3385);function trunc(r){if(r<0){return a(r)}return n(r)}r.exports=trunc},3962:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(6260);var a=t(5088);var i=t(8858);var s=1e6;function continuedFractionA(r,e,t){var a;var s;var o;var l;var u;var f;f=r();u=f[1];s=f[0];if(u===0){u=i}o=u;l=0;do{f=r();if(f){l=f[1]+f[0]*l;if(l===0){l=i}o=f[1]+f[0]/o;if(o===0){o=i}l=1/l;a=o*l;u*=a}}while(f&&n(a-1)>e&&--t);return s/u}function continuedFractionB(r,e,t){var a;var s;var o;var l;var u;u=r();l=u[1];if(l===0){l=i}s=l;o=0;do{u=r();if(u){o=u[1]+u[0]*o;if(o===0){o=i}s=u[1]+u[0]/s;if(s===0){s=i}o=1/o;a=s*o;l*=a}}while(u&&n(a-1)>e&&--t);return l}function continuedFraction(r,e){var t;var n;var i;n={};if(arguments.length>1){n=e}i=n.tolerance||a;t=n.maxIter||s;if(n.keep){return continuedFractionB(r,i,t)}return continuedFractionA(r,i,t)}r.exports=continuedFraction},7028:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(6260);var a=t(8858);var i=t(5088);var s=1e6;function continuedFractionA(r,e,t){var i;var s;var o;var l;var u;var f;var c;i=typeof r.next==="function";c=i?r.next().value:r();l=c[1];o=c[0];if(l===0){l=a}u=l;f=0;if(i===true){do{c=r.next().value;if(c){f=c[1]+c[0]*f;if(f===0){f=a}u=c[1]+c[0]/u;if(u===0){u=a}f=1/f;s=u*f;l*=s}}while(n(s-1)>e&&--t)}else{do{c=r();if(c){f=c[1]+c[0]*f;if(f===0){f=a}u=c[1]+c[0]/u;if(u===0){u=a}f=1/f;s=u*f;l*=s}}while(c&&n(s-1)>e&&--t)}return o/l}function continuedFractionB(r,e,t){var i;var s;var o;var l;var u;var f;i=typeof r.next==="function";f=i?r.next().value:r();o=f[1];if(o===0){o=a}l=o;u=0;if(i===true){do{f=r.next().value;if(f){u=f[1]+f[0]*u;if(u===0){u=a}l=f[1]+f[0]/l;if(l===0){l=a}u=1/u;s=l*u;o*=s}}while(f&&n(s-1)>e&&--t)}else{do{f=r();if(f){u=f[1]+f[0]*u;if(u===0){u=a}l=f[1]+f[0]/l;if(l===0){l=a}u=1/u;s=l*u;o*=s}}while(f&&n(s-1)>e&&--t)}return o}function continuedFraction(r,e){var t;var n;var a;n={};if(arguments.length>1){n=e}t=n.maxIter||s;a=n.tolerance||i;if(n.keep){return continuedFractionB(r,a,t)}return continuedFractionA(r,a,t)}r.exports=continuedFraction},508:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(2878);var a=t(7028);var i=t(3962);var s;if(n()){s=a}else{s=i}r.exports=s},1278:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(6990);var a=t(3767);function factory(r){var e;var t;var i;var s;if(r.length>500){return polyval}e="return function evalpoly(x){";t=r.length;if(t===0){e+="return 0.0;"}else if(t===1){e+="return "+r[0]+";"}else{e+="if(x===0.0){return "+r[0]+";}";e+="return "+r[0];i=t-1;for(s=1;s<t;s++){e+="+x*";if(s<i){e+="("}e+=r[s]}for(s=0;s<i-1;s++){e+=")"}e+=";"}e+="}";e+="//# sourceURL=evalpoly.factory.js";return new n(e)();function polyval(e){return a(r,e)}}r.exports=factory},2096:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(4568);var a=t(3767);var i=t(1278);n(a,"factory",i);r.exports=a},3767:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(r,e){var t;var n;n=r.length;if(n<2||e===0){if(n===0){return 0}return r[0]}n-=1;t=r[n]*e+r[n-1];n-=2;while(n>=0){t=t*e+r[n];n-=1}return t}r.exports=evalpoly},6049:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(6260);var a=t(5088);var i=1e6;function sumSeries(r,e){var t;var s;var o;var l;var u;u={};if(arguments.length>1){u=e}t=u.tolerance||a;o=u.maxTerms||i;l=u.initialValue||0;do{s=r();l+=s}while(n(t*l)<n(s)&&--o);return l}r.exports=sumSeries},3333:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(6260);var a=t(5088);var i=1e6;function sumSeries(r,e){var t;var s;var o;var l;var u;var f;f={};if(arguments.length>1){f=e}s=f.tolerance||a;l=f.maxTerms||i;u=f.initialValue||0;t=typeof r.next==="function";if(t===true){for(o of r){u+=o;if(n(s*u)>=n(o)||--l===0){break}}}else{do{o=r();u+=o}while(n(s*u)<n(o)&&--l)}return u}r.exports=sumSeries},6491:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(2878);var a=t(3333);var i=t(6049);var s;if(n()){s=a}else{s=i}r.exports=s},4241:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(7696);r.exports=n},7696:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
r.exports=Number},6075:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(7014);r.exports=n},7014:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(2882);var a=t(222);var i=t(1877);function exponent(r){var e=n(r);e=(e&a)>>>20;return e-i|0}r.exports=exponent},7844:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(5259);r.exports=n},9593:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(347);var a;var i;var s;if(n===true){i=1;s=0}else{i=0;s=1}a={HIGH:i,LOW:s};r.exports=a},5259:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(7096);var a=t(9979);var i=t(9593);var s=new a(1);var o=new n(s.buffer);var l=i.HIGH;var u=i.LOW;function fromWords(r,e){o[l]=r;o[u]=e;return s[0]}r.exports=fromWords},9828:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(347);var a;if(n===true){a=1}else{a=0}r.exports=a},2882:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(6053);r.exports=n},6053:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(7096);var a=t(9979);var i=t(9828);var s=new a(1);var o=new n(s.buffer);function getHighWord(r){s[0]=r;return o[i]}r.exports=getHighWord},1662:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(3761);r.exports=n},5844:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(347);var a;if(n===true){a=0}else{a=1}r.exports=a},3761:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(7096);var a=t(9979);var i=t(5844);var s=new a(1);var o=new n(s.buffer);function getLowWord(r){s[0]=r;return o[i]}r.exports=getLowWord},750:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(5417);var a=t(7234);var i=t(6523);var s=t(6260);var o=4503599627370496;function normalize(r,e,t,l){if(i(r)||a(r)){e[l]=r;e[l+t]=0;return e}if(r!==0&&s(r)<n){e[l]=r*o;e[l+t]=-52;return e}e[l]=r;e[l+t]=0;return e}r.exports=normalize},9335:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(4568);var a=t(6754);var i=t(750);n(a,"assign",i);r.exports=a},6754:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(750);function normalize(r){return n(r,[0,0],1,0)}r.exports=normalize},2880:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(347);var a;if(n===true){a=1}else{a=0}r.exports=a},5990:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(6921);r.exports=n},6921:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(7096);var a=t(9979);var i=t(2880);var s=new a(1);var o=new n(s.buffer);function setHighWord(r,e){s[0]=r;o[i]=e>>>0;return s[0]}r.exports=setHighWord},3786:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(253);r.exports=n},9760:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(347);var a;if(n===true){a=0}else{a=1}r.exports=a},253:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(7096);var a=t(9979);var i=t(9760);var s=new a(1);var o=new n(s.buffer);function setLowWord(r,e){s[0]=r;o[i]=e>>>0;return s[0]}r.exports=setLowWord},5132:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(7096);var a=t(9979);var i=t(3808);var s=new a(1);var o=new n(s.buffer);var l=i.HIGH;var u=i.LOW;function toWords(r,e,t,n){s[0]=r;e[n]=o[l];e[n+t]=o[u];return e}r.exports=toWords},7949:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(4568);var a=t(6364);var i=t(5132);n(a,"assign",i);r.exports=a},3808:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(347);var a;var i;var s;if(n===true){i=1;s=0}else{i=0;s=1}a={HIGH:i,LOW:s};r.exports=a},6364:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(5132);function toWords(r){return n(r,[0>>>0,0>>>0],1,0)}r.exports=toWords},6519:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(3234);r.exports=n},3234:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function uint32ToInt32(r){return r|0}r.exports=uint32ToInt32},2029:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=Math.abs;var t=String.prototype.toLowerCase;var n=String.prototype.toUpperCase;var a=String.prototype.replace;var i=/e\+(\d)$/;var s=/e-(\d)$/;var o=/^(\d+)$/;var l=/^(\d+)e/;var u=/\.0$/;var f=/\.0*e/;var c=/(\..*[^0])0*e/;function formatDouble(r,v){var h;var p;switch(v.specifier){case"e":case"E":p=r.toExponential(v.precision);break;case"f":case"F":p=r.toFixed(v.precision);break;case"g":case"G":if(e(r)<1e-4){h=v.precision;if(h>0){h-=1}p=r.toExponential(h)}else{p=r.toPrecision(v.precision)}if(!v.alternate){p=a.call(p,c,"$1e");p=a.call(p,f,"e");p=a.call(p,u,"")}break;default:throw new Error("invalid double notation. Value: "+v.specifier)}p=a.call(p,i,"e+0$1");p=a.call(p,s,"e-0$1");if(v.alternate){p=a.call(p,o,"$1.");p=a.call(p,l,"$1.e")}if(r>=0&&v.sign){p=v.sign+p}p=v.specifier===n.call(v.specifier)?n.call(p):t.call(p);return p}r.exports=formatDouble},1836:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(6392);var a=t(122);var i=String.prototype.toLowerCase;var s=String.prototype.toUpperCase;function formatInteger(r){var e;var t;var o;switch(r.specifier){case"b":e=2;break;case"o":e=8;break;case"x":case"X":e=16;break;case"d":case"i":case"u":default:e=10;break}t=r.arg;o=parseInt(t,10);if(!isFinite(o)){if(!n(t)){throw new Error("invalid integer. Value: "+t)}o=0}if(o<0&&(r.specifier==="u"||e!==10)){o=4294967295+o+1}if(o<0){t=(-o).toString(e);if(r.precision){t=a(t,r.precision,r.padRight)}t="-"+t}else{t=o.toString(e);if(!o&&!r.precision){t=""}else if(r.precision){t=a(t,r.precision,r.padRight)}if(r.sign){t=r.sign+t}}if(e===16){if(r.alternate){t="0x"+t}t=r.specifier===s.call(r.specifier)?s.call(t):i.call(t)}if(e===8){if(r.alternate&&t.charAt(0)!=="0"){t="0"+t}}return t}r.exports=formatInteger},24:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(4879);r.exports=n},6392:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isNumber(r){return typeof r==="number"}r.exports=isNumber},7852:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isString(r){return typeof r==="string"}r.exports=isString},4879:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(1836);var a=t(7852);var i=t(6392);var s=t(2029);var o=t(4484);var l=t(122);var u=String.fromCharCode;var f=Array.isArray;function isnan(r){return r!==r}function initialize(r){var e={};e.specifier=r.specifier;e.precision=r.precision===void 0?1:r.precision;e.width=r.width;e.flags=r.flags||"";e.mapping=r.mapping;return e}function formatInterpolate(r){var e;var t;var c;var v;var h;var p;var g;var d;var m;var y;if(!f(r)){throw new TypeError("invalid argument. First argument must be an array. Value: `"+r+"`.")}p="";g=1;for(m=0;m<r.length;m++){c=r[m];if(a(c)){p+=c}else{e=c.precision!==void 0;c=initialize(c);if(!c.specifier){throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+m+"`. Value: `"+c+"`.")}if(c.mapping){g=c.mapping}t=c.flags;for(y=0;y<t.length;y++){v=t.charAt(y);switch(v){case" ":c.sign=" ";break;case"+":c.sign="+";break;case"-":c.padRight=true;c.padZeros=false;break;case"0":c.padZeros=t.indexOf("-")<0;break;case"#":c.alternate=true;break;default:throw new Error("invalid flag: "+v)}}if(c.width==="*"){c.width=parseInt(arguments[g],10);g+=1;if(isnan(c.width)){throw new TypeError("the argument for * width at position "+g+" is not a number. Value: `"+c.width+"`.")}if(c.width<0){c.padRight=true;c.width=-c.width}}if(e){if(c.precision==="*"){c.precision=parseInt(arguments[g],10);g+=1;if(isnan(c.precision)){throw new TypeError("the argument for * precision at position "+g+" is not a number. Value: `"+c.precision+"`.")}if(c.precision<0){c.precision=1;e=false}}}c.arg=arguments[g];switch(c.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":if(e){c.padZeros=false}c.arg=n(c);break;case"s":c.maxWidth=e?c.precision:-1;c.arg=String(c.arg);break;case"c":if(!isnan(c.arg)){h=parseInt(c.arg,10);if(h<0||h>127){throw new Error("invalid character code. Value: "+c.arg)}c.arg=isnan(h)?String(c.arg):u(h)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(!e){c.precision=6}d=parseFloat(c.arg);if(!isFinite(d)){if(!i(c.arg)){throw new Error("invalid floating-point number. Value: "+p)}d=c.arg;c.padZeros=false}c.arg=s(d,c);break;default:throw new Error("invalid specifier: "+c.specifier)}if(c.maxWidth>=0&&c.arg.length>c.maxWidth){c.arg=c.arg.substring(0,c.maxWidth)}if(c.padZeros){c.arg=l(c.arg,c.width||c.precision,c.padRight)}else if(c.width){c.arg=o(c.arg,c.width,c.padRight)}p+=c.arg||"";g+=1}}return p}r.exports=formatInterpolate},4484:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function spaces(r){var e="";var t;for(t=0;t<r;t++){e+=" "}return e}function spacePad(r,e,t){var n=e-r.length;if(n<0){return r}r=t?r+spaces(n):spaces(n)+r;return r}r.exports=spacePad},122:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function startsWithMinus(r){return r[0]==="-"}function zeros(r){var e="";var t;for(t=0;t<r;t++){e+="0"}return e}function zeroPad(r,e,t){var n=false;var a=e-r.length;if(a<0){return r}if(startsWithMinus(r)){n=true;r=r.substr(1)}r=t?r+zeros(a):zeros(a)+r;if(n){r="-"+r}return r}r.exports=zeroPad},9340:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(8755);r.exports=n},8755:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function parse(r){var e={mapping:r[1]?parseInt(r[1],10):void 0,flags:r[2],width:r[3],precision:r[5],specifier:r[6]};if(r[4]==="."&&r[5]===void 0){e.precision="1"}return e}function formatTokenize(r){var t;var n;var a;var i;n=[];i=0;a=e.exec(r);while(a){t=r.slice(i,e.lastIndex-a[0].length);if(t.length){n.push(t)}if(a[6]==="%"){n.push("%")}else{n.push(parse(a))}i=e.lastIndex;a=e.exec(r)}t=r.slice(i);if(t.length){n.push(t)}return n}r.exports=formatTokenize},7760:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(3191);r.exports=n},8676:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isString(r){return typeof r==="string"}r.exports=isString},3191:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(24);var a=t(9340);var i=t(8676);function format(r){var e;var t;if(!i(r)){throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.",r))}e=[a(r)];for(t=1;t<arguments.length;t++){e.push(arguments[t])}return n.apply(null,e)}r.exports=format},2038:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(2873);r.exports=n},2873:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=typeof Symbol==="function"?Symbol:void 0;r.exports=e},4568:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(6239);r.exports=n},6239:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(708);function setNonEnumerableReadOnly(r,e,t){n(r,e,{configurable:false,enumerable:false,writable:false,value:t})}r.exports=setNonEnumerableReadOnly},7619:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=Object.defineProperty;r.exports=e},5141:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=typeof Object.defineProperty==="function"?Object.defineProperty:null;r.exports=e},2342:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(5141);function hasDefinePropertySupport(){try{n({},"x",{});return true}catch(r){return false}}r.exports=hasDefinePropertySupport},708:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(2342);var a=t(7619);var i=t(61);var s;if(n()){s=a}else{s=i}r.exports=s},61:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(7760);var a=Object.prototype;var i=a.toString;var s=a.__defineGetter__;var o=a.__defineSetter__;var l=a.__lookupGetter__;var u=a.__lookupSetter__;function defineProperty(r,e,t){var f;var c;var v;var h;if(typeof r!=="object"||r===null||i.call(r)==="[object Array]"){throw new TypeError(n("invalid argument. First argument must be an object. Value: `%s`.",r))}if(typeof t!=="object"||t===null||i.call(t)==="[object Array]"){throw new TypeError(n("invalid argument. Property descriptor must be an object. Value: `%s`.",t))}c="value"in t;if(c){if(l.call(r,e)||u.call(r,e)){f=r.__proto__;r.__proto__=a;delete r[e];r[e]=t.value;r.__proto__=f}else{r[e]=t.value}}v="get"in t;h="set"in t;if(c&&(v||h)){throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.")}if(v&&s){s.call(r,e,t.get)}if(h&&o){o.call(r,e,t.set)}return r}r.exports=defineProperty},3595:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=eval;r.exports=e},547:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(9501);var a=t(1006);var i=t(9728);var s;if(n()){s=i}else{s=a}r.exports=s},1006:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(5763);function nativeClass(r){return n.call(r)}r.exports=nativeClass},9728:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(1907);var a=t(4499);var i=t(5763);function nativeClass(r){var e;var t;var s;if(r===null||r===void 0){return i.call(r)}t=r[a];e=n(r,a);try{r[a]=void 0}catch(e){return i.call(r)}s=i.call(r);if(e){r[a]=t}else{delete r[a]}return s}r.exports=nativeClass},5763:r=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var e=Object.prototype.toString;r.exports=e},4499:(r,e,t)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=t(2038);var a=typeof n==="function"?n.toStringTag:"";r.exports=a}};var t={};function __nccwpck_require__(r){var n=t[r];if(n!==undefined){return n.exports}var a=t[r]={exports:{}};var i=true;try{e[r](a,a.exports,__nccwpck_require__);i=false}finally{if(i)delete t[r]}return a.exports}if(typeof __nccwpck_require__!=="undefined")__nccwpck_require__.ab=decodeURIComponent(new URL(".",import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/)?1:0,-1)+"/";(()=>{__nccwpck_require__.n=r=>{var e=r&&r.__esModule?()=>r["default"]:()=>r;__nccwpck_require__.d(e,{a:e});return e}})();(()=>{__nccwpck_require__.d=(r,e)=>{for(var t in e){if(__nccwpck_require__.o(e,t)&&!__nccwpck_require__.o(r,t)){Object.defineProperty(r,t,{enumerable:true,get:e[t]})}}}})();(()=>{__nccwpck_require__.o=(r,e)=>Object.prototype.hasOwnProperty.call(r,e)})();var n={};const a=r(import.meta.url)("node:worker_threads");const i=r(import.meta.url)("node:fs");const s=4096;const o=6;const l=2048;const u=1<<20;let f=new Float64Array(0);const c=new Uint32Array(o*l);function sortFloat64(r){const e=r.length;if(e<s)return r.sort();if(f.length<e&&e<=u)f=new Float64Array(e);const t=new Uint32Array(r.buffer,r.byteOffset,2*e);c.fill(0);for(let r=0;r<e;r++){const e=t[2*r];const n=t[2*r+1];c[e&2047]++;c[2048+(e>>>11&2047)]++;c[4096+(e>>>22)]++;c[6144+(n&2047)]++;c[8192+(n>>>11&2047)]++;c[10240+(n>>>22)]++}const n=[t[0],t[1]];let a=r;let i=e<=u?f.subarray(0,e):new Float64Array(e);for(let r=0;r<o;r++){const t=r*l;const s=r<3?0:1;const o=r%3*11;const u=r%3===2?1023:2047;if(c[t+(n[s]>>>o&u)]===e)continue;let f=0;for(let r=t,e=t+u;r<=e;r++){const e=c[r];c[r]=f;f+=e}const v=new Uint32Array(a.buffer,a.byteOffset,2*e);for(let r=0;r<e;r++)i[c[t+(v[2*r+s]>>>o&u)]++]=a[r];const h=a;a=i;i=h}const v=new Uint32Array(a.buffer,a.byteOffset,2*e);let h=0;for(let r=e;h<r;){const e=h+r>>>1;if(v[2*e+1]>>>31)r=e;else h=e+1}const p=e-h;if(a===r){if(p===0)return r;for(let t=0;t<p;t++)i[t]=r[e-1-t];r.copyWithin(p,0,h);r.set(i.subarray(0,p))}else{for(let t=0;t<p;t++)r[t]=a[e-1-t];r.set(a.subarray(0,h),p)}return r}const v=r(import.meta.url)("node:os");const h=r(import.meta.url)("node:path");const p=null&&1<<18;const g=new Set;let d=false;function createSpillDir(){const r=mkdtempSync(join(tmpdir(),"mlci-drift-spill-"));g.add(r);if(!d){d=true;process.on("exit",()=>g.forEach(r=>rmSync(r,{recursive:true,force:true})))}return r}function removeSpillDir(r){rmSync(r,{recursive:true,force:true});g.delete(r)}let m=0;function writeRun(r,e){const t=(0,h.join)(r,`run-${process.pid}-${a.threadId}-${m++}.f64`);const n=(0,i.openSync)(t,"wx");try{const r=Buffer.from(e.buffer,e.byteOffset,e.byteLength);for(let e=0;e<r.length;)e+=(0,i.writeSync)(n,r,e,r.length-e)}finally{(0,i.closeSync)(n)}return t}const y=1<<16;const A=[];const w=32;const x=new Float64Array(0);class RunReader{block;at=0;size=0;fd;position=0;constructor(r,e=y){this.block=(e===y?A.pop():undefined)??new Float64Array(e);this.fd=(0,i.openSync)(r,"r");this.fill()}fill(){const r=new Uint8Array(this.block.buffer);let e=0;while(e<r.length){const t=(0,i.readSync)(this.fd,r,e,r.length-e,this.position+e);if(t===0)break;e+=t}if(e%8!==0)throw new Error(`spilled run truncated at byte ${this.position+e}`);this.position+=e;this.size=e/8;this.at=0;if(this.size===0)this.close();return this.size>0}close(){if(this.fd<0)return;(0,i.closeSync)(this.fd);this.fd=-1;this.size=0;if(this.block.length===y&&A.length<w)A.push(this.block);this.block=x}}function readRun(r){const e=[];const t=new RunReader(r);while(t.size>0){e.push(t.block.slice(0,t.size));t.fill()}const n=new Float64Array(e.reduce((r,e)=>r+e.length,0));let a=0;for(const r of e){n.set(r,a);a+=r.length}return n}class DistinctStream{value=NaN;count=NaN;heads;sources;live;constructor(r){if(!r.sorted)throw new Error("DistinctStream needs a sorted sample");const e=(r.runs?.files??[]).map(r=>new RunReader(r)).filter(r=>r.size>0);this.sources=[];if(r.values.length>0)this.sources.push({block:r.values,weights:r.weights,at:0,size:r.values.length,run:undefined});for(const r of e)this.sources.push({block:r.block,weights:undefined,at:0,size:r.size,run:r});this.live=this.sources.length;this.heads=new Float64Array(this.live);this.sources.forEach((r,e)=>this.heads[e]=r.block[0])}next(){const r=this.heads;if(this.live===0)return false;let e=r[0];for(let t=1;t<this.live;t++)if(r[t]<e)e=r[t];let t=0;for(let n=0;n<this.live;){if(r[n]!==e){n++;continue}const a=this.sources[n];const i=a.weights;for(;;){t+=i!==undefined?i[a.at]:1;if(++a.at===a.size&&!this.refill(a))break;if(a.block[a.at]!==e)break}if(a.at<a.size){r[n]=a.block[a.at];n++}else{const e=--this.live;this.sources[n]=this.sources[e];r[n]=r[e]}}this.value=e;this.count=t;return true}refill(r){const e=r.run;if(e===undefined||!e.fill())return false;r.block=e.block;r.at=0;r.size=e.size;return true}close(){for(const r of this.sources)r.run?.close()}}function forEachDistinct(r,e){const t=new DistinctStream(r);while(t.next())e(t.value,t.count)}function collapse(r){const e=[];const t=[];forEachDistinct(r,(r,n)=>{e.push(r);t.push(n)});return{kind:"numeric",values:Float64Array.from(e),weights:Float64Array.from(t),sorted:true,missing:r.missing}}function weightedSample(r,e){const t=sortFloat64(r.distinct());const n=new Float64Array(t.length);for(let e=0;e<t.length;e++)n[e]=r.get(t[e]);return{kind:"numeric",values:t,weights:n,sorted:true,missing:e}}function observations(r){const e=r.runs?.count??0;if(!r.weights)return r.values.length+e;let t=e;for(const e of r.weights)t+=e;return t}function numericSample(r,e=0){const t=[];let n=0;for(let e=0;e<r.length;e++){if(Number.isFinite(r[e]))t.push(r[e]);else n++}return{kind:"numeric",values:Float64Array.from(t),sorted:false,missing:e+n}}function categoricalSample(r){const e=new Map;let t=0;for(const n of r){if(n===null||n===undefined||n==="")t++;else e.set(String(n),(e.get(String(n))??0)+1)}return{kind:"categorical",counts:e,missing:t}}function ensureSorted(r){if(!r.sorted){sortFloat64(r.values);r.sorted=true}return r.values}function sampleSize(r){if(r.kind==="numeric")return observations(r);if(r.kind==="binned")return r.counts.reduce((r,e)=>r+e,0);let e=0;for(const t of r.counts.values())e+=t;return e}function asCategorical(r){if(r.kind==="categorical")return r;const e=new Map;if(r.runs)forEachDistinct(r,(r,t)=>e.set(String(r),(e.get(String(r))??0)+t));else r.values.forEach((t,n)=>e.set(String(t),(e.get(String(t))??0)+(r.weights?r.weights[n]:1)));return{kind:"categorical",counts:e,missing:r.missing}}function distinctSorted(r,e=Infinity){let t=0;for(let n=0;n<r.length&&t<=e;n++)if(n===0||r[n]!==r[n-1])t++;return t}class ValueCounter{keys;counts;size=0;total=0;mask;scratch=new Float64Array(1);words=new Uint32Array(this.scratch.buffer);constructor(r=1<<12){this.keys=new Float64Array(r);this.counts=new Float64Array(r);this.mask=r-1}slot(r){this.scratch[0]=r;let e=Math.imul(this.words[0]^Math.imul(this.words[1],2654435761),2246822507);e^=e>>>15;e=Math.imul(e,3266489909);e^=e>>>13;return e&this.mask}add(r,e=1){const t=r+0;const n=this.keys;const a=this.counts;let i=this.slot(t);while(a[i]!==0){if(n[i]===t){a[i]+=e;this.total+=e;return}i=i+1&this.mask}n[i]=t;a[i]=e;this.size++;this.total+=e;if(this.size*2>n.length)this.grow()}get(r){const e=r+0;let t=this.slot(e);while(this.counts[t]!==0){if(this.keys[t]===e)return this.counts[t];t=t+1&this.mask}return 0}grow(){const r=this.keys;const e=this.counts;const t=this.keys=new Float64Array(r.length*2);const n=this.counts=new Float64Array(r.length*2);this.mask=t.length-1;for(let a=0;a<r.length;a++){if(e[a]===0)continue;let i=this.slot(r[a]);while(n[i]!==0)i=i+1&this.mask;t[i]=r[a];n[i]=e[a]}}distinct(){const r=new Float64Array(this.size);let e=0;for(let t=0;t<this.keys.length;t++)if(this.counts[t]!==0)r[e++]=this.keys[t];return r}}const b=Array.from({length:10},(r,e)=>10**e);const k=b.length-1;const S=1<<20;const E=2**53;function decimalPlaces(r){for(let e=0;e<=k;e++){const t=Math.round(r*b[e]);if(Math.abs(t)<E&&t/b[e]===r)return e}return-1}class DecimalGrid{scale=-1;base=0;counts=new Uint32Array(0);total=0;unreachableScale=Infinity;maxSlots;constructor(r=S){this.maxSlots=r}add(r){const e=this.scale;if(e>=0){const t=b[e];const n=Math.round(r*t);if(n/t===r){const e=n-this.base;if(e>=0&&e<this.counts.length){this.counts[e]++;this.total++;return true}return Math.abs(n)<E&&this.extend(n)&&this.add(r)}}const t=decimalPlaces(r);if(t<0)return false;if(e<0){this.scale=t;this.base=Math.round(r*b[t]);this.counts=new Uint32Array(16);return this.add(r)}return t>e&&t<this.unreachableScale&&this.refine(t)&&this.add(r)}addScaled(r){const e=r-this.base;if(e>=0&&e<this.counts.length){this.counts[e]++;this.total++;return true}if(!(Math.abs(r)<E)||!this.extend(r))return false;this.counts[r-this.base]++;this.total++;return true}extend(r){const[e,t]=this.occupied();const n=Math.min(this.base+e,r);const a=Math.max(this.base+t,r);const i=a-n+1;if(i>this.maxSlots)return false;const s=Math.min(this.maxSlots,Math.max(2*this.counts.length,2*i));const o=Math.max(n-Math.floor((s-i)/2),a-s+1);const l=new Uint32Array(s);l.set(this.counts.subarray(e,t+1),this.base+e-o);this.counts=l;this.base=o;return true}occupied(){const r=this.counts;let e=0;let t=r.length-1;while(e<=t&&r[e]===0)e++;while(t>=e&&r[t]===0)t--;return e<=t?[e,t]:[0,-1]}refine(r){const e=b[r-this.scale];const[t,n]=this.occupied();const a=Math.max(16,(n-t)*e+1);const i=(this.base+t)*e;if(a>this.maxSlots||Math.abs(i)+a>=E){this.unreachableScale=r;return false}const s=new Uint32Array(a);for(let r=t;r<=n;r++)s[(r-t)*e]=this.counts[r];this.counts=s;this.base=i;this.scale=r;return true}sorted(){const r=this.counts;let e=0;for(let t=0;t<r.length;t++)if(r[t]!==0)e++;const t=new Float64Array(e);const n=new Float64Array(e);const a=b[Math.max(0,this.scale)];for(let e=0,i=0;e<r.length;e++){if(r[e]===0)continue;t[i]=(this.base+e)/a;n[i++]=r[e]}return{values:t,weights:n}}}function mergeSortedParts(r){const e=r.filter(r=>r.values.length>0);if(e.length===0)return{values:new Float64Array(0)};if(e.length===1)return e[0];const t=e.some(r=>r.weights!==undefined);let n=e[0];const a=e.slice(1).sort((r,e)=>r.values.length-e.values.length);for(const r of a)n=t?mergeWeighted(n,r):mergePlain(n,r);return n}function mergePlain(r,e){const t=r.values;const n=e.values;const a=t.length;const i=n.length;const s=new Float64Array(a+i);let o=0;let l=0;for(let r=0;r<a+i;r++)s[r]=l===i||o<a&&t[o]<=n[l]?t[o++]:n[l++];return{values:s}}function mergeWeighted(r,e){const t=r.values;const n=e.values;const a=r.weights??new Float64Array(t.length).fill(1);const i=e.weights??new Float64Array(n.length).fill(1);const s=t.length;const o=n.length;let l=0;let u=0;let f=0;while(l<s&&u<o){const r=t[l];const e=n[u];if(r===e)f++;if(r<=e)l++;if(e<=r)u++}const c=new Float64Array(s+o-f);const v=new Float64Array(s+o-f);l=0;u=0;for(let r=0;r<c.length;r++){if(u===o||l<s&&t[l]<n[u]){c[r]=t[l];v[r]=a[l++]}else if(l===s||n[u]<t[l]){c[r]=n[u];v[r]=i[u++]}else{c[r]=t[l]+0;v[r]=a[l++]+i[u++]}}return{values:c,weights:v}}const I=Array.from({length:23},(r,e)=>10**e);const M=1024;const F=1073741823;const B=1<<16;const C=1<<12;const _=[];const N=8;class ColumnBuilder{grid=new DecimalGrid;gridParts=[];offGrid=0;convertedNumbers=0;counter=new ValueCounter;values=new Float64Array(0);length=0;missing=0;spillValues;spillDir;runFiles=[];runCount=0;counts;keyTable=new Int32Array(64);keyHash=[];keyBytes=[];keyText=[];keyCount=[];constructor(r){this.spillValues=r?Math.max(1,r.values):Infinity;this.spillDir=r?.dir}pushNumber(r){if(this.grid!==undefined){if(this.grid.add(r))return;if(++this.offGrid>M&&this.offGrid>this.grid.total)this.griddedParts()}const e=this.counter;if(e!==undefined){e.add(r);if(e.size*2>e.total&&e.total>=B)this.stopCounting();else if(e.total===C&&e.size===C)this.stopCounting();return}if(this.length>=this.spillValues)this.spillRun();else if(this.length===this.values.length)this.grow();this.values[this.length++]=r}plainRoom(){return this.grid===undefined&&this.counter===undefined?Math.min(this.values.length,this.spillValues)-this.length:0}pushDecimal(r,e,t){const n=this.grid;if(n!==undefined&&e<=n.scale){const a=r*I[n.scale-e];if(n.addScaled(t?-a:a))return}const a=r/I[e];this.pushNumber(t?-a:a)}grow(){const r=this.plainArray(this.values.length+1);r.set(this.values.subarray(0,this.length));this.values=r}plainArray(r){if(this.spillValues===Infinity)return new Float64Array(Math.max(1024,2*r));const e=r<=this.spillValues&&_.length>0&&_[_.length-1].length===this.spillValues;return e?_.pop():new Float64Array(Math.max(this.spillValues,r))}spillRun(){const r=sortFloat64(this.values.subarray(0,this.length));this.runFiles.push(writeRun(this.spillDir,r));this.runCount+=this.length;this.length=0}stopCounting(){const r=this.counter;this.counter=undefined;this.values=this.plainArray(r.total);for(let e=0;e<r.keys.length;e++){for(let t=r.counts[e];t>0;t--)this.values[this.length++]=r.keys[e]}}pushBytes(r,e,t){let n=2166136261;for(let a=e;a<t;a++)n=Math.imul(n^r[a],16777619);this.countBytes(r,e,t,n&F)}countBytes(r,e,t,n){this.countKey(r,e,t,n)}countKey(r,e,t,n){if(!this.counts)this.becomeCategorical();const a=this.keyTable;const i=a.length-1;let s=(n^n>>>16)&i;for(let o=a[s]-1;o>=0;o=a[s]-1){if(this.keyHash[o]===n&&sameBytes(this.keyBytes[o],r,e,t)){this.keyCount[o]++;return o}s=s+1&i}const o=this.keyText.length;this.keyBytes.push(Buffer.from(r.subarray(e,t)));this.keyText.push(r.toString("utf8",e,t));this.keyCount.push(1);this.keyHash.push(n);a[s]=o+1;if(2*(o+1)>a.length)this.growKeyTable();return o}countKnown(r,e,t){const n=this.keyCount;let a=e;for(;a<t;a++){const e=r[a];if(e<0)break;n[e]++}return a}growKeyTable(){const r=this.keyTable=new Int32Array(this.keyTable.length*2);const e=r.length-1;this.keyHash.forEach((t,n)=>{let a=(t^t>>>16)&e;while(r[a]!==0)a=a+1&e;r[a]=n+1})}pushText(r){const e=Buffer.from(r);this.pushBytes(e,0,e.length)}becomeCategorical(){this.counts=new Map;const r=this.counter;const e=this.values.subarray(0,this.length);const t=this.griddedParts();this.grid=undefined;this.gridParts=[];this.counter=undefined;this.values=new Float64Array(0);this.length=0;const add=(r,e)=>{const t=Buffer.from(String(r));this.convertedNumbers+=e;for(let r=0;r<e;r++)this.pushBytes(t,0,t.length)};if(r)for(let e=0;e<r.keys.length;e++)if(r.counts[e]!==0)add(r.keys[e],r.counts[e]);for(const r of t)r.values.forEach((e,t)=>add(e,r.weights[t]));for(const r of this.runFiles)for(const e of readRun(r))add(e,1);this.runFiles=[];this.runCount=0;for(const r of e)add(r,1)}griddedParts(){if(this.grid!==undefined&&this.grid.total>0)this.gridParts.push(this.grid.sorted());this.grid=undefined;return this.gridParts}finish(){if(this.counts){const r=new Map;this.keyText.forEach((e,t)=>r.set(e,(r.get(e)??0)+this.keyCount[t]));return{kind:"categorical",counts:r,missing:this.missing}}const r=this.griddedParts();if(this.runFiles.length>0){if(this.length>0)this.spillRun();if(this.values.length===this.spillValues&&_.length<N)_.push(this.values);this.values=new Float64Array(0);if(this.counter&&this.counter.total>0)r.push(weightedSample(this.counter,0));const{values:e,weights:t}=mergeSortedParts(r);const n={files:this.runFiles,count:this.runCount};return{kind:"numeric",values:e,...t?{weights:t}:{},sorted:true,missing:this.missing,runs:n}}if(r.length===0){if(this.counter)return weightedSample(this.counter,this.missing);return{kind:"numeric",values:this.values.subarray(0,this.length),sorted:false,missing:this.missing}}if(this.counter&&this.counter.total>0)r.push(weightedSample(this.counter,0));if(this.length>0)r.push({values:sortFloat64(this.values.subarray(0,this.length))});const{values:e,weights:t}=mergeSortedParts(r);return{kind:"numeric",values:e,...t?{weights:t}:{},sorted:true,missing:this.missing}}}function sameBytes(r,e,t,n){if(r.length!==n-t)return false;for(let n=0;n<r.length;n++)if(r[n]!==e[t+n])return false;return true}class UserError extends Error{location;constructor(r,e,t){super(r,t);this.name="UserError";this.location=e}}function isUserError(r){return r instanceof UserError||r instanceof Error&&r.name==="UserError"}function formatUserError(r){const e=formatLocation(r.location);return e?`${e}: ${r.message}`:r.message}function formatLocation(r){if(!r?.file)return"";let e=r.file;if(r.line!==undefined){e+=`:${r.line}`;if(r.column!==undefined)e+=`:${r.column}`}return e}const U=globalThis.WebAssembly;function instantiateWasm(r){return new U.Instance(new U.Module(Buffer.from(r,"base64"))).exports}function wasmBuffer(r,e){const t=r.buffer.byteLength;if(t<e)r.grow(Math.ceil((e-t)/65536));return r.buffer}const Q=-348;const D=347;const R=4294967296;const P=1/R;const G=9007199254740992;const z=new Uint32Array((D-Q+1)*4);{const r=0xffffffffn;for(let e=Q;e<=D;e++){const t=5n**BigInt(e<0?-e:e);const n=t.toString(2).length;const a=e>=0?n<=128?t<<BigInt(128-n):t>>BigInt(n-128):(1n<<BigInt(n+127))/t;const i=(e-Q)*4;z[i]=Number(a>>96n&r);z[i+1]=Number(a>>64n&r);z[i+2]=Number(a>>32n&r);z[i+3]=Number(a&r)}}const q=new Float64Array(2047);{let r=Number.MIN_VALUE;for(let e=1;e<2047;e++,r*=2)q[e]=r}const $=[1,10,100,1e3,1e4,1e5,1e6,1e7,1e8,1e9,1e10,1e11,1e12,1e13,1e14,1e15,1e16,1e17,1e18,1e19,1e20,1e21,1e22];const L=new Uint32Array(4);const T=new Uint32Array(2);const V=new Float64Array(1);function mul64(r,e,t,n){const a=Math.imul(e,n)>>>0;const i=Math.round((e*n-a)*P);const s=Math.imul(e,t)>>>0;const o=Math.round((e*t-s)*P);const l=Math.imul(r,n)>>>0;const u=Math.round((r*n-l)*P);const f=Math.imul(r,t)>>>0;const c=Math.round((r*t-f)*P);const v=i+s+l;const h=v>>>0;const p=f+o+u+(v-h)*P;const g=p>>>0;L[0]=c+(p-g)*P;L[1]=g;L[2]=h;L[3]=a}function carries(r,e,t,n){return r+t+(e+n>=R?1:0)>=R}function eiselLemire(r){let e=T[0];let t=T[1];let n;if(e!==0){n=Math.clz32(e);if(n!==0){e=(e<<n|t>>>32-n)>>>0;t=t<<n>>>0}}else{const r=Math.clz32(t);n=32+r;e=t<<r>>>0;t=0}let a=(217706*r>>16)+64+1023-n;const i=(r-Q)*4;mul64(e,t,z[i],z[i+1]);let s=L[0];let o=L[1];let l=L[2];let u=L[3];if((o&511)===511&&carries(l,u,e,t)){mul64(e,t,z[i+2],z[i+3]);const r=u+L[1];const n=r>>>0;const a=l+L[0]+(r>=R?1:0);const f=a>>>0;let c=o+(a>=R?1:0);let v=s;if(c>=R){c=0;v++}if((c&511)===511&&f===4294967295&&n===4294967295&&carries(L[2],L[3],e,t))return false;s=v;o=c;l=f;u=n}const f=s>>>31;const c=f+10;let v=s*(4194304>>>f)+(o>>>c);const h=o>>>c-1&1;a-=1^f;if(l===0&&u===0&&(o&511)===0&&h===1&&(o>>>c&1)===0)return false;v+=h;if(v===G){v=G/2;a++}if(a<=0||a>=2047)return false;V[0]=v*q[a];return true}const O=20;const W=new Float64Array(O+1);const j=new Float64Array(O+1);const H=new Float64Array(O+1);for(let r=0;r<=O;r++){const e=$[r];const t=134217729*e;W[r]=e;j[r]=t-(t-e);H[r]=e-j[r]}const Y=new Float64Array(1);const Z=new Uint32Array(Y.buffer);function divideExact(r,e,t){const n=r*R;const a=n+e;const i=e-(a-n);const s=W[t];const o=a/s;const l=134217729*o;const u=l-(l-o);const f=o-u;const c=o*s;const v=j[t];const h=H[t];const p=u*v-c+u*h+f*v+f*h;const g=a-c-p+i;Y[0]=o;const d=Z[1];const m=Z[0];if((d&1048575)===0&&m===0)return NaN;const y=q[d>>>20];const A=y*s*.5;if(g>A||g===A&&(m&1)===1)return o+y;if(g<-A||g===-A&&(m&1)===1)return o-y;return o}let K=0;function decimalFallbacks(){return K}function viaNumber(r,e,t){K++;return Number(Buffer.from(r.buffer,r.byteOffset+e,t-e).toString("latin1"))}function parseDecimal(r,e,t){let n=e;let a=false;if(n<t){const e=r[n];if(e===45){a=true;n++}else if(e===43)n++}let i=0;let s=0;let o=0;let l=0;let u=0;let f=false;const c=n;for(;n<t;n++){const e=r[n]-48;if(e<0||e>9)break;if(l<15){i=i*10+e;if(i!==0)l++}else if(l<19){s=s*10+e;o++;l++}else{u++;if(e!==0)f=true}}let v=n>c;if(n<t&&r[n]===46){const e=++n;for(;n<t;n++){if(l!==0){while(l<14&&n+1<t){const e=r[n]-48;const t=r[n+1]-48;if(e>>>0>9||t>>>0>9)break;i=i*100+(e*10+t);l+=2;u-=2;n+=2}if(n===t)break}const e=r[n]-48;if(e<0||e>9)break;if(l<15){i=i*10+e;if(i!==0)l++;u--}else if(l<19){s=s*10+e;o++;l++;u--}else if(e!==0){f=true}}if(n>e)v=true}if(!v)return NaN;if(n<t&&(r[n]|32)===101){n++;let e=false;if(n<t){const t=r[n];if(t===45){e=true;n++}else if(t===43)n++}const a=n;let i=0;for(;n<t;n++){const e=r[n]-48;if(e<0||e>9)break;if(i<1e12)i=i*10+e}if(n===a)return NaN;u+=e?-i:i}if(n!==t)return NaN;if(l===0)return a?-0:0;if(l<=16&&u>=-22&&u<=22){const r=o===0?i:i*10+s;if(r<G){const e=u<0?r/$[-u]:r*$[u];return a?-e:e}}if(u>308)return a?-Infinity:Infinity;if(u<-342)return a?-0:0;let h=Math.floor(i*P);let p=i-h*R;if(o!==0){const r=$[o];const e=p*r+s;const t=Math.floor(e*P);p=e-t*R;h=h*r+t}if(!f&&u<=0&&u>=-O){const r=divideExact(h,p,-u);if(r===r)return a?-r:r}T[0]=h;T[1]=p;if(!eiselLemire(u))return viaNumber(r,e,t);const g=V[0];if(f){if(p===4294967295){T[0]=h+1;T[1]=0}else T[1]=p+1;if(!eiselLemire(u)||V[0]!==g)return viaNumber(r,e,t)}return a?-g:g}const J=new Set(["NA","NaN","nan","null","NULL","None","N/A"]);const X=[...J].map(r=>Buffer.from(r));function isMissingMarker(r,e,t){if(t-e>4||r[e]!==78&&r[e]!==110)return false;for(const n of X)if(sameBytes(n,r,e,t))return true;return false}function pushField(r,e,t,n){while(t<n&&e[t]===32)t++;while(n>t&&e[n-1]===32)n--;if(n===t||isMissingMarker(e,t,n)){r.missing++;return}if(!r.counts){const a=parseDecimal(e,t,n);if(Number.isFinite(a)){r.pushNumber(a);return}}r.pushBytes(e,t,n)}const rr=Array.from({length:16},(r,e)=>10**e);function scanPlainLines(r,e,t,n,a){const i=n.length;let s;let o=e;while(o<t){let e=r[o];if(e===10||e===13&&r[o+1]===10){o+=e===10?1:2;a.line++;continue}let t=0;for(;;){const a=o;const l=t<i?n[t]:undefined;if(l!==undefined&&l.counts===undefined){const t=e===45;if(t)e=r[++o];const n=o;let i=0;while(e>=48&&e<=57){i=i*10+(e-48);e=r[++o]}let u=o-n;let f=0;if(e===46){const t=++o;e=r[o];while(e>=48&&e<=57){i=i*10+(e-48);e=r[++o]}f=o-t;u+=f}if((e===44||e===10)&&u>0&&u<=15){const r=l.grid;if(r!==undefined&&f<=r.scale){const e=(t?-i:i)*rr[r.scale-f]-r.base;if(e>=0&&e<r.counts.length){r.counts[e]++;r.total++}else l.pushDecimal(i,f,t)}else l.pushDecimal(i,f,t)}else if((e===44||e===10)&&u>15&&Number.isFinite(s=parseDecimal(r,a,o))){l.pushNumber(s)}else{while(e!==44&&e!==10)e=r[++o];other(l,r,a,o,e)}}else if(l!==undefined){let t=2166136261;while(e!==44&&e!==10){t=Math.imul(t^e,16777619);e=r[++o]}const n=r[a];const i=r[o-1];if(o===a||n===32||i===32||i===13)other(l,r,a,o,e);else if((n===78||n===110)&&isMissingMarker(r,a,o))l.missing++;else l.countBytes(r,a,o,t&F)}else{while(e!==44&&e!==10)e=r[++o]}t++;o++;if(e===10)break;e=r[o]}a.line++;if(t>i)throw new UserError(`${a.file}:${a.line}: ${t} fields, but the header has ${i}`,{file:a.file,line:a.line});for(;t<i;t++)if(n[t]!==undefined)n[t].missing++;a.rows++}}function other(r,e,t,n,a){let i=n;if(a===10&&i>t&&e[i-1]===13)i--;if(r.counts!==undefined&&i>t&&e[t]!==32&&e[i-1]!==32&&e[t]!==78&&e[t]!==110)r.pushBytes(e,t,i);else pushField(r,e,t,i)}const er="AGFzbQEAAAABIANgA35/fwF8YAR/f39/AX9gDH9/f39/f39/f39/fwF/AwQDAAECBQMBAAEGBgF/AUEACwcYAwZtZW1vcnkCAARzdG9wAwAEc2NhbgACCrEJA4MCBAp8AX4CfAF/IAIgAUEYbGohECAAuiEDIAAgA7F9uSEEIBArAwAhBSADIAWjIQZEAAAAAgAAoEEgBqIhByAHIAcgBqGhIQggBiAIoSEJIAYgBaIhCiAIIBArAwiiIAqhIAggECsDEKKgIAkgECsDCKKgIAkgECsDEKKgIQsgAyAKoSALoSAEoCEMIAa9IQ0gDUL/////////B4NQBEBEAAAAAAAA+H8PCyANQjSIQjR9QjSGvyEOIA4gBaJEAAAAAAAA4D+iIQ8gDCAPZCAMIA9hIA1CAYOncXIEQCAGIA6gDwsgDCAPmmMgDCAPmmEgDUIBg6dxcgRAIAYgDqEPCyAGC6EBAQV/IAEgAUEQdnNB/wdxIQQDQCAAIARBA3RqIQUgBSgCBCEGIAZFBEBBfw8LIAUoAgAgAUYEQCAAQYDAAGogBkEBa0EMbGohBiAGKAIEIANGBEAgBigCACEHQQAhCAJAA0AgCCADSQRAIAcgCGotAAAgAiAIai0AAEcNAiAIQQFqIQgMAQsLIAYoAggPCwsLIARBAWpB/wdxIQQMAAtBfwuGBgUJfwF+BX8BfAF/IAAhDAJAA0AgDCENIAwgAU8NASAOIANPDQEgDC0AACEQIBBBCkYgEEENRnINAUEAIQ8DQCAPIAJPDQIgBCAPai0AACESIAwhEyAPIANsIA5qIRQgEkEBRgRAIBBBLUYhGCAYBEAgDEEBaiEMIAwtAAAhEAsgDCEZQgAhFQJAA0AgEEEwayERIBFBCk8NASAVQgp+IBGtfCEVIAxBAWohDCAMLQAAIRAMAAsLIAwgGWshFkEAIRcgEEEuRgRAIAxBAWohDCAMIRkgDC0AACEQAkADQCAQQTBrIREgEUEKTw0BIBVCCn4gEa18IRUgDEEBaiEMIAwtAAAhEAwACwsgDCAZayEXIBYgF2ohFgsgEEEsRyAQQQpHcQ0DIBZFDQMgFkETSw0DIBZBD00EQCAFIBRBA3RqIBW6OQMAIAYgFEECdGogFyAYQRB0cjYCAAUgFUKAgICAgICAEFQEQCAVuiAKIBdBGGxqKwMAoyEbBSAVIBcgChAAIRsLIBsgG2EEQCAYBEAgG5ohGwsgBSAUQQN0aiAbOQMAIAYgFEECdGogF0GAAnIgGEEQdHI2AgAFIAYgFEECdGogF0GABHIgGEEQdHI2AgALCyAHIBRBAnRqIBM2AgAgCCAUQQJ0aiAMNgIABSASQQJGBEBBxbvyiHghGgJAA0AgEEEsRg0BIBBBCkYNASAaIBBzQZODgAhsIRogDEEBaiEMIAwtAAAhEAwACwsgDCATRg0EIBMtAABBIEYNBCAMQQFrLQAAIRwgHEEgRiAcQQ1Gcg0EIAYgFEECdGogDyALSQR/IA9BgLABbCAaIBMgDCATaxABBUF/CzYCACAHIBRBAnRqIBM2AgAgCCAUQQJ0aiAMNgIAIAkgFEECdGogGjYCAAUCQANAIBBBLEYNASAQQQpGDQEgDEEBaiEMIAwtAAAhEAwACwsLCyAPQQFqIQ8gDEEBaiEMIBBBCkcEQCAMLQAAIRAMAQsLIA8gAkcNASAOQQFqIQ4MAAsLIA0kACAOCw==";const tr=Array.from({length:16},(r,e)=>10**e);const nr=4096;const ar=1<<17;const ir=8192;let sr;function instance(){return sr??=instantiateWasm(er)}const or=22528;const lr=256;const ur=1024;const fr=512;const cr=8192;const vr=14336;const hr=or-vr;const pr=[];const gr=[];const dr=[];const mr=[];function resetTable(r,e,t){r.fill(0,e*or,e*or+8*ur);pr[e]=t&&new WeakRef(t);gr[e]=0;dr[e]=0;mr[e]=new Uint8Array(64)}function register(r,e,t,n,a,i){if(e>=lr)return;let s=mr[e];if(t<s.length&&s[t]===1)return;const o=gr[e];if(o>=fr||dr[e]+i>hr)return;if(t>=s.length){const r=new Uint8Array(Math.max(2*s.length,t+1));r.set(s);mr[e]=s=r}s[t]=1;const l=e*or;const u=new Uint8Array(r);const f=l+vr+dr[e];u.copyWithin(f,a,a+i);dr[e]+=i;const c=new Int32Array(r,l,cr+12*fr>>2);const v=(cr>>2)+3*o;c[v]=f;c[v+1]=i;c[v+2]=t;let h=(n^n>>>16)&ur-1;while(c[2*h+1]!==0)h=h+1&ur-1;c[2*h]=n;c[2*h+1]=o+1;gr[e]=o+1}function scanPlainLinesWasm(r,e,t,n,a,i={}){const s=t-e;const o=n.length;if(s<(i.minBytes??nr)||o===0)return scanPlainLines(r,e,t,n,a);const l=instance();const u=Math.max(1,Math.min(i.maxRows??ir,Math.floor(ar/o)));const f=Math.min(o,lr);const c=f*or;const v=c+s+8+7&~7;const h=v+o+7&~7;const p=o*u;const g=h+23*24;const d=g+8*p;const m=d+4*p;const y=m+4*p;const A=y+4*p;const w=A+4*p;const x=wasmBuffer(l.memory,w);const b=new Uint8Array(x);for(let r=0;r<f;r++)if(pr[r]?.deref()!==n[r])resetTable(b,r,n[r]);b.set(r.subarray(e,t),c);const k=new Float64Array(x,h,3*23);for(let r=0;r<=22;r++){const e=10**r;const t=134217729*e;k[3*r]=e;k[3*r+1]=t-(t-e);k[3*r+2]=e-k[3*r+1]}const S=new Float64Array(x,g,p);const E=new Int32Array(x,d,p);const I=new Int32Array(x,m,p);const M=new Int32Array(x,y,p);const F=new Int32Array(x,A,p);const B=e-c;let C=0;while(C<s){for(let r=0;r<o;r++){const e=n[r];b[v+r]=e===undefined?0:e.counts===undefined?1:2}const t=l.scan(c+C,c+s,o,u,v,g,d,m,y,A,h,f);for(let e=0;e<o;e++){const a=n[e];if(a===undefined)continue;const i=e*u;if(a.counts===undefined)numericFields(a,r,B,S,E,I,M,i,i+t);else categoricalFields(a,e,r,B,x,E,I,M,F,i,i+t)}a.line+=t;a.rows+=t;C=l.stop.value-c;if(C<s&&t<u){const t=r.indexOf(10,e+C)+1;scanPlainLines(r,e+C,t,n,a);C=t-e}}}function numericFields(r,e,t,n,a,i,s,o,l){let u=o;while(u<l){const o=r.grid;if(o!==undefined){const f=o.counts;const c=o.scale;const v=o.base;let h=0;for(;u<l;u++,h++){const r=a[u];if((r&65280)!==0||(r&255)>c)break;const e=n[u];const t=(r>>>16!==0?-e:e)*tr[c-(r&255)]-v;if(!(t>=0&&t<f.length))break;f[t]++}o.total+=h;if(u<l)wasm_lines_pushField(r,e,t,n,a,i,s,u++);continue}let f=r.plainRoom();if(f>0){const o=r.values;let c=r.length;for(;u<l&&f>0;u++,f--){const r=a[u];let l;if((r&65280)===0){l=n[u]/tr[r&255];if(r>>>16!==0)l=-l}else l=exact(r,e,t,n,i,s,u);o[c++]=l}r.length=c;if(u===l)break}wasm_lines_pushField(r,e,t,n,a,i,s,u++)}}function wasm_lines_pushField(r,e,t,n,a,i,s,o){const l=a[o];if((l&65280)===0)r.pushDecimal(n[o],l&255,l>>>16!==0);else r.pushNumber(exact(l,e,t,n,i,s,o))}function exact(r,e,t,n,a,i,s){return(r&65280)===256?n[s]:parseDecimal(e,t+a[s],t+i[s])}function categoricalFields(r,e,t,n,a,i,s,o,l,u,f){for(let c=r.countKnown(i,u,f);c<f;c=r.countKnown(i,c+1,f)){const i=n+s[c];const u=n+o[c];const f=t[i];if((f===78||f===110)&&isMissingMarker(t,i,u))r.missing++;else register(a,e,r.countKey(t,i,u,l[c]&F),l[c],s[c],u-i)}}const yr=4<<20;let Ar;function readCsvRange(r){const e=r.header.map((e,t)=>r.selected[t]?new ColumnBuilder(r.spill):undefined);const t={file:r.file,line:0,rows:0};const n=(0,i.openSync)(r.file,"r");let a=Ar??Buffer.allocUnsafe(yr);Ar=undefined;let s=0;let o=r.afterHeader?r.start:r.start-1;let l=r.afterHeader?r.start:-1;let u=-1;try{while(u<0){if(s===a.length){const r=Buffer.allocUnsafe(a.length*2);a.copy(r,0,0,s);a=r}const f=(0,i.readSync)(n,a,s,a.length-s,o+s);s+=f;const c=f===0;if(l<0){const e=a.subarray(0,s).indexOf(10);if(e===-1){if(c)return{quoted:false,begin:o+s,end:o+s,rows:0,columns:[]};o+=s;s=0;continue}a.copy(a,0,e+1,s);o+=e+1;s-=e+1;l=o;if(r.stop!==undefined&&l>=r.stop)return{quoted:false,begin:l,end:l,rows:0,columns:[]}}let v;const h=r.stop===undefined?-1:Math.max(0,r.stop-1-o);const p=h>=0&&h<s?a.subarray(0,s).indexOf(10,h):-1;if(p!==-1){v=p+1;u=o+v}else if(c){u=o+s;if(s>0&&a[s-1]!==10){if(s===a.length){u=-1;continue}a[s++]=10}v=s}else{v=a.subarray(0,s).lastIndexOf(10)+1;if(v===0)continue}if(v>0){if(a.subarray(0,v).includes(34))return{quoted:true};scanPlainLinesWasm(a,0,v,e,t)}a.copy(a,0,v,s);o+=v;s-=v}}finally{(0,i.closeSync)(n)}if(a.length===yr)Ar=a;const f=e.map(r=>{if(r===undefined)return undefined;const e=r.finish();if(e.kind==="numeric")ensureSorted(e);return{sample:e,convertedNumbers:r.convertedNumbers}});return{quoted:false,begin:l,end:u,rows:t.rows,columns:f}}function transferables(r){const e=new Set;if(!r.quoted){for(const t of r.columns){if(t?.sample.kind!=="numeric")continue;e.add(t.sample.values.buffer);if(t.sample.weights)e.add(t.sample.weights.buffer)}}return[...e]}const wr=1e3;const xr=5;function chooseTest(r,e,t){const n=e<=wr;const a=`${e.toLocaleString("en-US")} reference values (${n?"≤":">"} ${wr.toLocaleString("en-US")})`;if(r==="numeric"&&t>xr){return n?{test:"ks",reason:`numeric, ${t} distinct values, ${a}: exact KS test`}:{test:"wasserstein",reason:`numeric, ${a}: Wasserstein distance normed by the reference stdev`}}const i=r==="numeric"?`numeric with ${t} distinct values (≤ ${xr}), treated as categories`:`categorical, ${t} categories`;if(!n)return{test:"jensenshannon",reason:`${i}, ${a}: Jensen-Shannon distance`};if(t<=2)return{test:"z",reason:`${i}, ${a}: Z-test for proportions`};return{test:"chisquare",reason:`${i}, ${a}: chi-square test`}}const br=10;function quantileEdges(r,e=br,t){if(t)return weightedQuantileEdges(r,t,e);const n=r.length;if(n===0)throw new RangeError("quantileEdges needs a non-empty reference");const a=[];const i=[];for(let t=0;t<n&&i.length<=e;t++){if(t===0||r[t]!==r[t-1])i.push(r[t])}if(i.length<=e)return Float64Array.from(i.slice(0,-1));for(let t=1;t<e;t++){const i=Math.min(n-1,Math.max(0,Math.ceil(t*n/e)-1));const s=r[i];if(a.length===0||s>a[a.length-1])a.push(s)}if(a.length>0&&a[a.length-1]===r[n-1])a.pop();return Float64Array.from(a)}function weightedQuantileEdges(r,e,t){const n=r.length;if(n===0)throw new RangeError("quantileEdges needs a non-empty reference");if(n<=t)return Float64Array.from(Array.from(r).slice(0,-1));let a=0;for(let r=0;r<n;r++)a+=e[r];const i=[];let s=0;let o=e[0];for(let n=1;n<t;n++){const l=Math.min(a-1,Math.max(0,Math.ceil(n*a/t)-1));while(o<=l)o+=e[++s];const u=r[s];if(i.length===0||u>i[i.length-1])i.push(u)}if(i.length>0&&i[i.length-1]===r[n-1])i.pop();return Float64Array.from(i)}function binIndex(r,e){let t=0;let n=r.length;while(t<n){const a=t+n>>>1;if(e<=r[a])n=a;else t=a+1}return t}function binCounts(r,e){const t=new Float64Array(r.length+1);for(let n=0;n<e.length;n++)t[binIndex(r,e[n])]++;return t}function binCountsSorted(r,e,t){const n=new Float64Array(r.length+1);let a=0;for(let i=0;i<e.length;i++){const s=e[i];while(a<r.length&&s>r[a])a++;n[a]+=t?t[i]:1}return n}function alignCategories(r,e){const t=[...r.keys()];const n=[];for(const a of e.keys()){if(!r.has(a)){t.push(a);n.push(a)}}const a=new Float64Array(t.length);const i=new Float64Array(t.length);t.forEach((t,n)=>{a[n]=r.get(t)??0;i[n]=e.get(t)??0});return{categories:t,reference:a,current:i,unseen:n}}var kr=__nccwpck_require__(5479);var Sr=__nccwpck_require__.n(kr);function chiSquareTest(r,e){const t=r.length;if(e.length!==t)throw new RangeError("chiSquareTest needs aligned count arrays");let n=0;let a=0;for(let i=0;i<t;i++){n+=r[i];a+=e[i]}if(n===0||a===0)throw new RangeError("chiSquareTest needs non-empty samples");let i=0;for(let s=0;s<t;s++){const t=r[s]/n*a;const o=e[s];if(t===0){if(o>0)i=Infinity;continue}i+=(o-t)**2/t}const s=t-1;if(s<=0)return{statistic:i,pValue:1,degreesOfFreedom:s};const o=i===Infinity?0:Sr()(i/2,s/2,true,true);return{statistic:i,pValue:o,degreesOfFreedom:s}}const Er=1e-4;function shares(r){let e=0;for(let t=0;t<r.length;t++)e+=r[t];if(!(e>0))throw new RangeError("a distribution needs a positive total count");const t=new Float64Array(r.length);for(let n=0;n<r.length;n++)t[n]=r[n]/e;return t}function aligned(r,e){if(r.length!==e.length)throw new RangeError("distributions must have the same bins")}function relEntr(r,e){if(r===0)return 0;if(e===0)return Infinity;return r*Math.log(r/e)}function jensenShannonDistance(r,e){aligned(r,e);const t=shares(r);const n=shares(e);let a=0;for(let r=0;r<t.length;r++){const e=(t[r]+n[r])/2;a+=relEntr(t[r],e)+relEntr(n[r],e)}return Math.sqrt(Math.max(0,a)/2)}function hellingerDistance(r,e){aligned(r,e);const t=shares(r);const n=shares(e);let a=0;for(let r=0;r<t.length;r++)a+=(Math.sqrt(t[r])-Math.sqrt(n[r]))**2;return Math.sqrt(a)/Math.SQRT2}function smoothed(r){const e=shares(r);for(let r=0;r<e.length;r++)if(e[r]===0)e[r]=Er;return e}function populationStabilityIndex(r,e){aligned(r,e);const t=smoothed(r);const n=smoothed(e);let a=0;for(let r=0;r<t.length;r++)a+=(n[r]-t[r])*Math.log(n[r]/t[r]);return a}function klDivergence(r,e){aligned(r,e);const t=shares(smoothed(r));const n=shares(smoothed(e));let a=0;for(let r=0;r<t.length;r++)a+=relEntr(t[r],n[r]);return a}const Ir=128;const Mr=2**Ir;const Fr=2**-Ir;const Br=Math.log(2*Math.PI);const Cr=Math.sqrt(2*Math.PI);const _r=-708;const Nr=Math.PI**2;const Ur=Math.PI**4;const Qr=Math.PI**6;const Dr=[-.029550653594771242,.00641025641025641,-.0019175269175269176,.0008417508417508417,-.0005952380952380953,.0007936507936507937,-.002777777777777778,.08333333333333333];const clip=r=>Math.min(1,Math.max(0,r));function logFactorialOverPower(r){const e=1/r;let t=0;for(const n of Dr)t=t*(e/r)+n;return Math.log(r)/2-r+Br/2+e*t}function smirnovSf(r,e){if(!(e>0))return 1;if(e>=1)return 0;const t=Math.floor(r*(1-e));let n=0;let a=0;let i=0;const s=Math.log(e);for(let o=0;o<=t;o++){const t=e+o/r;const l=1-t;if(l>0||o===r){const e=n+s+(o-1)*Math.log(t)+(r-o>0?(r-o)*Math.log1p(-t):0);if(e>-745)i+=Math.exp(e)}const u=Math.log((r-o)/(o+1))-a;const f=n+u;a=f-n-u;n=f}return clip(i)}function durbinCdf(r,e){if(e>=1)return 1;const t=r*e;if(t<=.5)return 0;const n=Math.ceil(t);const a=n-t;const i=2*n-1;const s=new Float64Array(i);const o=new Float64Array(i);let l=1;for(let r=1;r<=i;r++){o[r-1]=l;l/=r;s[r-1]=(1-a**r)*l}const u=Math.max(2*a-1,0)**i-2*a**i;s[i-1]=(1+u)*l;let f=new Float64Array(i*i);for(let r=1;r<i;r++)for(let e=r-1;e<i;e++)f[e*i+r]=o[e-r+1];for(let r=0;r<i;r++)f[r*i]=s[r];for(let r=0;r<i;r++)f[(i-1)*i+r]=s[i-1-r];let c=new Float64Array(i*i);for(let r=0;r<i;r++)c[r*i+r]=1;let v=r;let h=0;let p=0;while(v>0){if(v%2){c=matmul(c,f,i);h+=p}f=matmul(f,f,i);p*=2;if(Math.abs(f[(n-1)*i+(n-1)])>Mr){for(let r=0;r<f.length;r++)f[r]/=Mr;p+=Ir}v=Math.floor(v/2)}let g=c[(n-1)*i+(n-1)];for(let e=1;e<=r;e++){g=e*g/r;if(Math.abs(g)<Fr){g*=Mr;h-=Ir}}return clip(g*2**h)}function matmul(r,e,t){const n=new Float64Array(t*t);for(let a=0;a<t;a++){for(let i=0;i<t;i++){const s=r[a*t+i];if(s===0)continue;for(let r=0;r<t;r++)n[a*t+r]+=s*e[i*t+r]}}return n}function pomeranzBounds(r,e,t,n,a){let i;let s;if(r===0){i=-t-n-1;s=t+n-1}else{const o=Math.floor((r+1)/2);if((r+1)%2===0){if(o===e+1){i=e-t-n-1;s=e+t+n-1}else{i=o-1-t-a-1;s=o+t-1+n-1}}else{i=o-1-t-1;s=o+t+a-1}}return[Math.max(i+2,0),Math.min(s,e)]}function pomeranzCdf(r,e){const t=r*e;const n=Math.floor(t);const a=t-n;const i=Math.min(a,1-a);const s=a>0?1:0;const o=a>.5?1:0;const l=2*(n+1);const u=new Float64Array(l);const f=new Float64Array(l);const c=new Float64Array(l);u[0]=f[0]=c[0]=1;for(let e=1;e<l;e++){u[e]=u[e-1]*(i/r)/e;f[e]=f[e-1]*(2*i/r)/e;c[e]=c[e-1]*((1-2*i)/r)/e}let v=new Float64Array(l);let h=new Float64Array(l);h[0]=1;let p=0;let g=0;let d=0;let[m]=pomeranzBounds(0,r,n,s,o);let y;for(let e=1;e<2*r+2;e++){const t=m;[v,h]=[h,v];[p,g]=[g,p];h.fill(0);[m,y]=pomeranzBounds(e,r,n,s,o);const a=e===1||e===2*r+1?u:e%2?f:c;const i=y-t+1;if(i>0){const r=m-t;const e=y-m+1;let n=0;for(let s=r;s<r+e;s++){let e=0;for(let r=0;r<=s&&r<i;r++)if(s-r<i)e+=(v[t-p+r]??0)*a[s-r];h[s-r]=e;if(e>n)n=e}if(n>0&&n<Fr){for(let r=0;r<l;r++)h[r]*=Mr;d-=Ir}g=p+m-t}}let A=h[r-g];for(let e=1;e<=r;e++){if(Math.abs(A)>Mr){A*=Fr;d+=Ir}A*=e}return clip(A*2**d)}function pelzGoodCdf(r,e){if(e<=0)return 0;if(e>=1)return 1;const t=Math.sqrt(r)*e;const n=t*t;const a=n*t;const i=n*n;const s=i*n;const o=-Nr/8/n;if(o<_r)return 0;let l=Math.exp(o);const u=-n;const f=Nr/4;const c=6*s+2*i;const v=(2*i-5*n)*Nr/4;const h=Ur*(1-2*n)/16;const p=Qr*(5-30*n)/64;const g=Ur*(-60*n+212*i)/16;const d=Nr*(135*i-96*s)/4;const m=-30*s-90*t**8;const y=[0,0,0,0];const A=Math.ceil(16*t/Math.PI);for(let r=A;r>0;r--){const e=2*r-1;const t=e*e;const n=t*t;const a=n*t;const i=l**(8*r);y[0]=y[0]*i+1;y[1]=y[1]*i+(u+f*t);y[2]=y[2]*i+(c+v*t+h*n);y[3]=y[3]*i+(m+d*t+g*n+p*a)}const w=[t,6*i,72*t**7,6480*t**10];for(let r=0;r<4;r++)y[r]=y[r]*l*Cr/w[r];l=Math.exp(-Nr/2/n);let x=0;let b=0;const k=Math.sqrt(3)*t;for(let r=A;r>0;r--){const e=r*r;const t=l**e;x+=e*t;b+=(k+Math.PI*r)*(k-Math.PI*r)*e*t}y[2]+=x*(Nr*Cr/(-36*a));y[3]+=b*(Nr*Cr/(216*s));let S=0;for(let e=0;e<4;e++)S+=y[e]/r**(e/2);return S}function kolmogorovSf(r,e){if(!Number.isInteger(r)||r<=0)throw new RangeError(`kolmogorovSf needs a positive integer n, got ${r}`);if(e>=1)return 0;if(e<=0)return 1;const t=r*e;if(t<=1){if(t<=.5)return 1;let e;if(r<=140){e=1;for(let n=1;n<=r;n++)e*=n/r*(2*t-1)}else{e=Math.exp(logFactorialOverPower(r)+r*Math.log(2*t-1))}return clip(1-e)}if(t>=r-1)return clip(2*(1-e)**r);if(e>=.5)return clip(2*smirnovSf(r,e));const n=t*e;if(r<=140){if(n<=.754693)return clip(1-durbinCdf(r,e));if(n<=4)return clip(1-pomeranzCdf(r,e));return clip(2*smirnovSf(r,e))}if(n>=370)return 0;if(n>=2.2)return clip(2*smirnovSf(r,e));let a;if(n>=18)a=1;else if(r<=1e5&&r*e**1.5<=1.4)a=durbinCdf(r,e);else a=pelzGoodCdf(r,e);return clip(1-a)}const Rr=1e4;function ksTwoSample(r,e,t={}){const n=t.sorted?r:Float64Array.from(r).sort();const a=t.sorted?e:Float64Array.from(e).sort();return ksSorted(n,undefined,a,undefined,t.method)}function ksSorted(r,e,t,n,a="auto"){const i=total(r,e);const s=total(t,n);if(i===0||s===0)throw new RangeError("ksTwoSample needs two non-empty samples");const{d:o,location:l}=ksStatistic(r,t,e,n);return ksResult(o,l,i,s,a)}function ksResult(r,e,t,n,a="auto"){const i=gcd(t,n);let s=a;if(s==="auto")s=Math.max(t,n)<=Rr?"exact":"asymptotic";else if(s==="exact"&&t/i>=2147483647/(n/i))s="asymptotic";if(s==="exact"){const a=t/i*n;const s=roundHalfEven(r*a);const o=s/a;if(s===0)return{statistic:o,pValue:1,method:"exact",location:e};const l=t===n?probOutsideSquare(t,s):outerProbInside(t,n,i,s);if(Number.isFinite(l)&&l>=0&&l<=1)return{statistic:o,pValue:l,method:"exact",location:e};return asymptotic(o,t,n,e)}return asymptotic(r,t,n,e)}function total(r,e){if(!e)return r.length;let t=0;for(let r=0;r<e.length;r++)t+=e[r];return t}function asymptotic(r,e,t,n){const a=Math.max(e,t);const i=Math.min(e,t);const s=a*i/(a+i);const o=kolmogorovSf(roundHalfEven(s),r);return{statistic:r,pValue:Math.min(1,Math.max(0,o)),method:"asymptotic",location:n}}function ksStatistic(r,e,t,n){const a=total(r,t);const i=total(e,n);const s=r.length;const o=e.length;let l=0;let u=0;let f=0;let c=0;let v=-Infinity;let h=Infinity;let p=NaN;let g=NaN;while(l<s||u<o){const d=u>=o||l<s&&r[l]<=e[u]?r[l]:e[u];while(l<s&&r[l]<=d)f+=t?t[l++]:(l++,1);while(u<o&&e[u]<=d)c+=n?n[u++]:(u++,1);const m=f/a-c/i;if(m>v){v=m;p=d}if(m<h){h=m;g=d}}const d=Math.min(1,Math.max(0,-h));return d>v?{d:d,location:g}:{d:v,location:p}}function probOutsideSquare(r,e){let t=0;for(let n=Math.floor(r/e);n>=0;n--){let a=1;for(let t=0;t<e;t++)a=(r-n*e-t)*a/(r+n*e+t+1);t=a*(1-t)}return 2*t}function outerProbInside(r,e,t,n){const a=Math.max(r,e);const i=Math.min(r,e);const s=a/t;const o=i/t;let l=0;let u=Math.min(Math.ceil(n/s),i+1);let f=u-l;const c=Math.min(2*u+2,i+1);const v=new Float64Array(c).fill(1);v.fill(0,l,u);for(let r=1;r<=a;r++){const e=l;const t=f;l=Math.min(Math.max(Math.floor((o*r-n)/s)+1,0),i);u=Math.min(Math.ceil((o*r+n)/s),i+1);if(u<=l)return 1;let a=l===0?0:1;for(let t=0;t<u-l;t++){const n=t+l;a=(v[t+l-e]*r+a*n)/(r+n);v[t]=a}f=u-l;if(t>f)v.fill(1,u-l,Math.min(c,u-l+(t-f)))}return v[u-l-1]}function gcd(r,e){while(e)[r,e]=[e,r%e];return r}function roundHalfEven(r){const e=Math.round(r);return Math.abs(r%1)===.5&&e%2!==0?e-1:e}function distinctStream(r,e){const t=new DistinctStream(r);let n=0;while(n<=e&&t.next())n++;t.close();return n}function summarizeStreamed(r,e,t){const n=observations(r);const a=observations(e);if(n===0||a===0)throw new RangeError("the streamed tests need two non-empty samples");const i=new DistinctStream(r);const s=new DistinctStream(e);let o=i.next();let l=s.next();let u=0;let f=0;let c=-Infinity;let v=Infinity;let h=NaN;let p=NaN;let g=Math.min(i.value,s.value);let d=0;let m=0;let y=0;let A=0;const w=new Float64Array(t+1);const x=new Float64Array(t+1);const b=new Float64Array(t+1);let k=0;const S=new Float64Array(t);const E=new Float64Array(t);const I=new Float64Array(t);let M=0;let F=1;let B=orderStatistic(1,n,t);let C=NaN;while(o||l){const r=!l||o&&i.value<=s.value?i.value:s.value;if(r!==g){d+=Math.abs(m)*(r-g);g=r}let e=false;if(o&&i.value<=r){const t=i.count;u+=t;const n=r-y;y+=t/u*n;A+=t*n*(r-y);e=true;o=i.next()}if(l&&s.value<=r){f+=s.count;l=s.next()}m=u/n-f/a;if(m>c){c=m;h=r}if(m<v){v=m;p=r}if(e){C=r;if(k<=t){w[k]=r;x[k]=u;b[k++]=f}for(;F<t&&B<u;B=orderStatistic(++F,n,t)){if(M===0||r>S[M-1]){S[M]=r;E[M]=u;I[M++]=f}}}}const _=Math.min(1,Math.max(0,-v));const N=_>c?{d:_,location:p}:{d:c,location:h};let U;if(k<=t)U={edges:w.slice(0,k-1),a:x,b:b};else{if(M>0&&S[M-1]===C)M--;U={edges:S.slice(0,M),a:E,b:I}}return{ks:N,wasserstein:d,referenceStd:Math.sqrt(A/n),edges:U.edges,referenceCounts:perBin(U.a,U.edges.length,n),currentCounts:perBin(U.b,U.edges.length,a)}}function perBin(r,e,t){const n=new Float64Array(e+1);let a=0;for(let t=0;t<e;t++){n[t]=r[t]-a;a=r[t]}n[e]=t-a;return n}function orderStatistic(r,e,t){return Math.min(e-1,Math.max(0,Math.ceil(r*e/t)-1))}const Pr=null&&["ks","chisquare","z","wasserstein","jensenshannon","psi","kl_div","hellinger"];const Gr=new Set(["ks","chisquare","z"]);const zr={ks:.05,chisquare:.05,z:.05,wasserstein:.1,jensenshannon:.1,psi:.1,kl_div:.1,hellinger:.1};const qr={ks:"Kolmogorov-Smirnov",chisquare:"chi-square",z:"Z-test for proportions",wasserstein:"Wasserstein distance (normed)",jensenshannon:"Jensen-Shannon distance",psi:"PSI",kl_div:"Kullback-Leibler divergence",hellinger:"Hellinger distance"};function isStatTest(r){return Pr.includes(r)}const $r=new Set(["ks","wasserstein"]);function wassersteinSorted(r,e,t,n){const a=r.length;const i=e.length;if(a===0||i===0)throw new RangeError("wasserstein distance needs two non-empty samples");const s=t?sum(t):a;const o=n?sum(n):i;let l=0;let u=0;let f=0;let c=0;let v=Math.min(r[0],e[0]);let h=0;while(l<a||u<i){const p=u>=i||l<a&&r[l]<=e[u];const g=p?r[l]:e[u];if(g!==v){h+=Math.abs(f/s-c/o)*(g-v);v=g}if(p)f+=t?t[l++]:(l++,1);else c+=n?n[u++]:(u++,1)}return h}function sum(r){let e=0;for(let t=0;t<r.length;t++)e+=r[t];return e}function wassersteinDistance(r,e){return wassersteinSorted(Float64Array.from(r).sort(),Float64Array.from(e).sort())}function populationStd(r,e){const t=r.length;let n=0;let a=0;let i=0;for(let s=0;s<t;){const o=r[s];let l=0;do{l+=e?e[s++]:(s++,1)}while(s<t&&r[s]===o);n+=l;const u=o-a;a+=l/n*u;i+=l*u*(o-a)}return n===0?NaN:Math.sqrt(i/n)}function normalizedWassersteinSorted(r,e,t,n){return normalizeByStd(wassersteinSorted(r,e,t,n),populationStd(r,t))}function normalizeByStd(r,e){return r/Math.max(e,.001)}var Lr=__nccwpck_require__(988);var Tr=__nccwpck_require__.n(Lr);function proportionsZTest(r,e,t,n){if(e<=0||n<=0)throw new RangeError("proportionsZTest needs non-empty samples");const a=r/e;const i=t/n;const s=(a*e+i*n)/(e+n);const o=s*(1-s)*(1/e+1/n);if(!(o>0))return{statistic:0,pValue:1};const l=(a-i)/Math.sqrt(o);return{statistic:l,pValue:Tr()(Math.abs(l)/Math.SQRT2)}}function columnDrift(r,e,t,n={}){if(e.kind==="binned"||t.kind==="binned")return binnedDrift(r,e,t,n);const a=sampleSize(e);const i=sampleSize(t);if(a===0||i===0){const e=a===0?"reference":"current";throw new UserError(`column '${r}' has no non-missing values in the ${e} data; drift cannot be measured`)}const s=e.kind==="numeric"&&t.kind==="numeric";const o=s&&(e.runs!==undefined||t.runs!==undefined);const l=s?ensureSorted(e):undefined;const u=s?ensureSorted(t):undefined;const f=e.kind==="numeric"?e.weights:undefined;const c=t.kind==="numeric"?t.weights:undefined;const v=n.bins??br;let h;let p;if(s){h=o?Math.max(distinctStream(e,6),distinctStream(t,6)):Math.max(distinctSorted(l,6),distinctSorted(u,6));if(o&&h<=6)return columnDrift(r,collapse(e),collapse(t),n);if(h<=6)h=alignCategories(asCategorical(e).counts,asCategorical(t).counts).categories.length}else{p=alignCategories(asCategorical(e).counts,asCategorical(t).counts);h=p.categories.length}let g;let d;if(!n.test||n.test==="auto"){({test:g,reason:d}=chooseTest(s?"numeric":"categorical",a,h))}else{g=n.test;d=`${g} chosen in stattest`;if($r.has(g)&&!s){throw new UserError(`stattest '${g}' needs a numeric column, but column '${r}' is categorical; use chisquare, z, jensenshannon, psi, kl_div or hellinger`)}}const m=n.thresholds?.[g]??zr[g];let y;let A;let w;let x=[];let b;const k=!s||g!=="ks"&&g!=="wasserstein"&&h<=5||g==="z"||g==="chisquare";if(k){p??=alignCategories(asCategorical(e).counts,asCategorical(t).counts);A=p.reference;w=p.current;x=p.unseen.slice(0,20);y={categories:p.categories,reference:column_drift_shares(A),current:column_drift_shares(w)}}else if(o){b=summarizeStreamed(e,t,v);A=b.referenceCounts;w=b.currentCounts;y={categories:binLabels(b.edges),reference:column_drift_shares(A),current:column_drift_shares(w)}}else{const r=quantileEdges(l,v,f);A=binCountsSorted(r,l,f);w=u?binCountsSorted(r,u,c):binCounts(r,[]);y={categories:binLabels(r),reference:column_drift_shares(A),current:column_drift_shares(w)}}let S;let E;switch(g){case"ks":{const r=b?ksResult(b.ks.d,b.ks.location,a,i):ksSorted(l,f,u,c);S=r.statistic;E=r.pValue;break}case"wasserstein":S=b?normalizeByStd(b.wasserstein,b.referenceStd):normalizedWassersteinSorted(l,u,f,c);break;case"chisquare":{const r=chiSquareTest(A,w);S=r.statistic;E=r.pValue;break}case"z":{if(A.length>2){throw new UserError(`stattest 'z' needs a column with at most 2 values, but column '${r}' has ${A.length}; use chisquare`)}const e=proportionsZTest(A[0],a,w[0],i);S=e.statistic;E=e.pValue;break}case"jensenshannon":S=jensenShannonDistance(A,w);break;case"psi":S=populationStabilityIndex(A,w);break;case"kl_div":S=klDivergence(A,w);break;case"hellinger":S=hellingerDistance(A,w);break}const I=Gr.has(g)?E<m:S>=m;return{column:r,kind:s?"numeric":"categorical",test:g,reason:d,statistic:S,...E===undefined?{}:{pValue:E},threshold:m,drifted:I,referenceCount:a,currentCount:i,referenceMissing:e.missing,currentMissing:t.missing,unseenValues:x,distribution:y}}function column_drift_shares(r){let e=0;for(const t of r)e+=t;return Array.from(r,r=>e>0?r/e:0)}function fmt(r){return Number.isInteger(r)?String(r):Number(r.toPrecision(4)).toString()}function binLabels(r){if(r.length===0)return["all"];const e=[`≤ ${fmt(r[0])}`];for(let t=1;t<r.length;t++)e.push(`(${fmt(r[t-1])}, ${fmt(r[t])}]`);e.push(`> ${fmt(r[r.length-1])}`);return e}function profileBin(r,e){let t=0;let n=r.length-2;while(t<n){const a=t+n+1>>>1;if(e>=r[a])t=a;else n=a-1}return t}const Vr=new Set(["jensenshannon","psi","kl_div","hellinger","chisquare"]);function binnedDrift(r,e,t,n){if(e.kind!=="binned"||t.kind!=="numeric"){throw new UserError(`column '${r}' is numeric in the reference profile but ${t.kind} in the current data; it cannot be compared`)}const a=e;const i=n.test&&n.test!=="auto"?n.test:undefined;if(i&&!Vr.has(i)){throw new UserError(`stattest '${i}' needs the reference's values, but column '${r}' comes from a data-validate profile that keeps a histogram only; use jensenshannon, psi, kl_div, hellinger or chisquare, or give the reference dataset or a drift reference file (save-reference)`)}const s=i??"jensenshannon";const o=Float64Array.from(a.counts);const l=new Float64Array(a.counts.length);if(t.runs)forEachDistinct(t,(r,e)=>l[profileBin(a.edges,r)]+=e);else t.values.forEach((r,e)=>l[profileBin(a.edges,r)]+=t.weights?t.weights[e]:1);const u=o.reduce((r,e)=>r+e,0);const f=sampleSize(t);if(u===0||f===0){throw new UserError(`column '${r}' has no non-missing values in the ${u===0?"reference profile":"current data"}; drift cannot be measured`)}let c;let v;if(s==="chisquare")({statistic:c,pValue:v}=chiSquareTest(o,l));else if(s==="psi")c=populationStabilityIndex(o,l);else if(s==="kl_div")c=klDivergence(o,l);else if(s==="hellinger")c=hellingerDistance(o,l);else c=jensenShannonDistance(o,l);const h=n.thresholds?.[s]??zr[s];const p=a.counts.map((r,e)=>`[${fmt(a.edges[e])}, ${fmt(a.edges[e+1])}${e===a.counts.length-1?"]":")"}`);return{column:r,kind:"numeric",test:s,reason:i?`${s} chosen in stattest; reference from a data-validate profile (${a.counts.length} histogram bins)`:`numeric, reference from a data-validate profile (histogram only, ${a.counts.length} bins): Jensen-Shannon distance over its bins`,statistic:c,...v===undefined?{}:{pValue:v},threshold:h,drifted:Gr.has(s)?v<h:c>=h,referenceCount:u,currentCount:f,referenceMissing:a.missing,currentMissing:t.missing,unseenValues:[],distribution:{categories:p,reference:column_drift_shares(o),current:column_drift_shares(l)}}}a.parentPort?.on("message",r=>{try{if(r.kind==="columns"){const e=r.columns.map(r=>columnDrift(r.column,r.reference,r.current,r.options));a.parentPort.postMessage({ok:true,result:e})}else{const e=readCsvRange(r);a.parentPort.postMessage({ok:true,result:e},transferables(e))}}catch(r){a.parentPort.postMessage({ok:false,message:r.message})}});