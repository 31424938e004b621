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
var n=t(9714);var a=t(5878);var s=t(8520);var i;if(n()){i=a}else{i=s}r.exports=i},5878:r=>{
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
var n=t(5613);var a=t(3405);var s=t(523);var i;if(n()){i=a}else{i=s}r.exports=i},3405:r=>{
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
var n=t(4171);var a=t(2399);var s=t(3689);var i;if(n()){i=a}else{i=s}r.exports=i},2399:r=>{
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
var n=t(4246);var a=t(8570);var s=t(7540);var i;if(n()){i=a}else{i=s}r.exports=i},8570:r=>{
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
var n=t(3599);var a=t(6653);var s=t(5929);function hasUint16ArraySupport(){var r;var e;if(typeof s!=="function"){return false}try{e=[1,3.14,-3.14,a+1,a+2];e=new s(e);r=n(e)&&e[0]===1&&e[1]===3&&e[2]===a-2&&e[3]===0&&e[4]===1}catch(e){r=false}return r}r.exports=hasUint16ArraySupport},5929:r=>{
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
var n=t(3209);var a=t(8035);var s=t(2709);function hasUint32ArraySupport(){var r;var e;if(typeof s!=="function"){return false}try{e=[1,3.14,-3.14,a+1,a+2];e=new s(e);r=n(e)&&e[0]===1&&e[1]===3&&e[2]===a-2&&e[3]===0&&e[4]===1}catch(e){r=false}return r}r.exports=hasUint32ArraySupport},2709:r=>{
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
var n=t(228);var a=t(2732);var s=t(5545);function hasUint8ArraySupport(){var r;var e;if(typeof s!=="function"){return false}try{e=[1,3.14,-3.14,a+1,a+2];e=new s(e);r=n(e)&&e[0]===1&&e[1]===3&&e[2]===a-2&&e[3]===0&&e[4]===1}catch(e){r=false}return r}r.exports=hasUint8ArraySupport},5545:r=>{
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
var n=t(5183);var a=t(4826);var s={uint16:a,uint8:n};r.exports=s},347:(r,e,t)=>{
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
var n=t(5976);var a=t(3935);var s=t(7949);var i=t(2882);var o=t(7844);var l=[0,0];function copysign(r,e){var t;var u;s.assign(r,l,1,0);t=l[0];t&=a;u=i(e);u&=n;t|=u;return o(t,l[1])}r.exports=copysign},9191:(r,e,t)=>{
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
var n=t(2882);var a=t(1567);var s=t(186);var i=t(3982);var o=t(3935);var l=t(222);var u=[0,0];var f=1072243195|0;var c=1044381696|0;function cos(r){var e;var t;e=n(r);e&=o;if(e<=f){if(e<c){return 1}return a(r,0)}if(e>=l){return NaN}t=i(r,u);switch(t&3){case 0:return a(u[0],u[1]);case 1:return-s(u[0],u[1]);case 2:return-a(u[0],u[1]);default:return s(u[0],u[1])}}r.exports=cos},988:(r,e,t)=>{
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
var n=t(6523);var a=t(1851);var s=t(3786);var i=t(469);var o=t(1475);var l=t(8300);var u=t(8018);var f=t(675);var c=t(5266);var v=t(8925);var A=t(1332);var h=t(516);var p=t(9101);var g=1e-300;var d=13877787807814457e-33;var m=.8450629115104675;var w=.12837916709551256;var y=1;var x=-.0023621185607526594;var E=1;var I=-.009864944034847148;var b=1;var B=-.0098649429247001;var C=1;function erfc(r){var e;var t;var k;var Q;var S;var M;var F;var N;if(n(r)){return NaN}if(r===i){return 0}if(r===o){return 2}if(r===0){return 1}if(r<0){e=true;t=-r}else{e=false;t=r}if(t<.84375){if(t<d){return 1-r}k=r*r;Q=w+k*l(k);S=y+k*u(k);M=Q/S;if(r<.25){return 1-(r+r*M)}Q=r*M;Q+=r-.5;return.5-Q}if(t<1.25){S=t-1;F=x+S*f(S);N=E+S*c(S);if(e){return 1+m+F/N}return 1-m-F/N}if(t<28){S=1/(t*t);if(t<2.857142857142857){Q=I+S*v(S);S=b+S*A(S)}else{if(r<-6){return 2-g}Q=B+S*h(S);S=C+S*p(S)}k=s(t,0);Q=a(-(k*k)-.5625)*a((k-t)*(k+t)+Q/S);if(e){return 2-Q/t}return Q/t}if(e){return 2-g}return g*g}r.exports=erfc},675:r=>{
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
var n=t(3291);var a=t(1589);function expmulti(r,e,t){var s;var i;var o;var l;s=r-e;i=s*s;o=s-i*a(i);l=1-(e-s*o/(2-o)-r);return n(l,t)}r.exports=expmulti},1851:(r,e,t)=>{
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
var n=t(6523);var a=t(1262);var s=t(1475);var i=t(469);var o=t(6567);var l=.6931471803691238;var u=1.9082149292705877e-10;var f=1.4426950408889634;var c=709.782712893384;var v=-745.1332191019411;var A=1/(1<<28);var h=-A;function exp(r){var e;var t;var p;if(n(r)||r===i){return r}if(r===s){return 0}if(r>c){return i}if(r<v){return 0}if(r>h&&r<A){return 1+r}if(r<0){p=a(f*r-.5)}else{p=a(f*r+.5)}e=r-p*l;t=p*u;return o(e,t,p)}r.exports=exp},1589:r=>{
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
var n=t(6523);var a=t(2882);var s=t(5990);var i=t(7844);var o=t(469);var l=t(1475);var u=t(1877);var f=t(9475);var c=t(6736);var v=709.782712893384;var A=.6931471803691238;var h=1.9082149292705877e-10;var p=1.4426950408889634;var g=38.816242111356935;var d=1.0397207708399179;function expm1(r){var e;var t;var m;var w;var y;var x;var E;var I;var b;var B;var C;var k;var Q;if(r===o||n(r)){return r}if(r===l){return-1}if(r===0){return r}if(r<0){m=true;I=-r}else{m=false;I=r}if(I>=g){if(m){return-1}if(I>=v){return o}}x=a(I)|0;if(I>f){if(I<d){if(m){w=r+A;y=-h;Q=-1}else{w=r-A;y=h;Q=1}}else{if(m){Q=p*r-.5}else{Q=p*r+.5}Q|=0;C=Q;w=r-C*A;y=C*h}r=w-y;B=w-r-y}else if(x<1016070144){return r}else{Q=0}e=.5*r;b=r*e;E=1+b*c(b);C=3-E*e;k=b*((E-C)/(6-r*C));if(Q===0){return r-(r*k-b)}t=i(u+Q<<20,0);k=r*(k-B)-B;k-=b;if(Q===-1){return.5*(r-k)-.5}if(Q===1){if(r<-.25){return-2*(k-(r+.5))}return 1+2*(r-k)}if(Q<=-2||Q>56){I=1-(k-r);if(Q===1024){w=a(I)+(Q<<20)|0;I=s(I,w)}else{I*=t}return I-1}C=1;if(Q<20){w=1072693248-(2097152>>Q)|0;C=s(C,w);I=C-(k-r)}else{w=u-Q<<20|0;C=s(C,w);I=r-(k+C);I+=1}I*=t;return I}r.exports=expm1},6736:r=>{
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
var n=t(6523);var a=t(2804);var s=t(3270);var i=t(6260);var o=t(2334);var l=t(1794);var u=t(469);var f=t(1475);var c=t(9701);var v=t(101);var A=t(6630);var h=t(3381);function gamma(r){var e;var t;var p;var g;if(a(r)&&r<0||r===f||n(r)){return NaN}if(r===0){if(s(r)){return f}return u}if(r>171.61447887182297){return u}if(r<-170.5674972726612){return 0}t=i(r);if(t>33){if(r>=0){return v(r)}p=o(t);if((p&1)===0){e=-1}else{e=1}g=t-p;if(g>.5){p+=1;g=t-p}g=t*l(c*g);return e*c/(i(g)*v(t))}g=1;while(r>=3){r-=1;g*=r}while(r<0){if(r>-1e-9){return A(r,g)}g/=r;r+=1}while(r<2){if(r<1e-9){return A(r,g)}g/=r;r+=1}if(r===2){return g}r-=2;return g*h(r)}r.exports=gamma},6886:r=>{
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
var n=t(2385);var a=t(6310);var s=t(1851);var i=t(6886);var o=143.01608;function gamma(r){var e;var t;var l;e=1/r;e=1+e*i(e);t=s(r);if(r>o){l=a(r,.5*r-.25);t=l*(l/t)}else{t=a(r,r-.5)/t}return n*t*e}r.exports=gamma},7186:(r,e,t)=>{
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
var n=t(1550);var a=t(5088);var s=t(8280);var i=t(1440);var o=t(7492);var l=.15896368026733398;var u=.5281534194946289;var f=.45201730728149414;function lgammaSmallImp(r,e,t){var c;var v;var A;var h;if(r<a){return-n(r)}if(e===0||t===0){return 0}v=0;if(r>2){if(r>=3){do{r-=1;t-=1;v+=n(r)}while(r>=3);t=r-2}A=t*(r+1);h=s(t);v+=A*l+A*h;return v}if(r<1){v+=-n(r);t=e;e=r;r+=1}if(r<=1.5){A=i(e);c=e*t;v+=c*u+c*A;return v}A=t*e;h=o(-t);v+=A*f+A*h;return v}r.exports=lgammaSmallImp},7013:(r,e,t)=>{
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
var n=t(905);var a=t(141);var s=t(7260);var i=t(6523);var o=t(3256);function gamma1pm1(r){if(i(r)){return NaN}if(r<0){if(r<-.5){return n(1+r)-1}return a(-s(r)+o(r+2,r+1,r))}if(r<2){return a(o(r+1,r,r-1))}return n(1+r)-1}r.exports=gamma1pm1},8280:r=>{
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
var n=t(1851);function finiteGammaQ(r,e){var t;var a;var s;var i;s=n(-e);a=s;if(a!==0){t=a;for(i=1;i<r;++i){t/=i;t*=e;a+=t}}return a}r.exports=finiteGammaQ},5120:(r,e,t)=>{
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
var n=t(988);var a=t(5478);var s=t(1851);var i=t(9701);function finiteHalfGammaQ(r,e){var t;var o;var l;var u;var f;u=n(a(e));if(u!==0&&r>1){o=s(-e)/a(i*e);o*=e;t=.5;o/=t;l=o;for(f=2;f<r;++f){o/=f-t;o*=e;l+=o}u+=l}return u}r.exports=finiteHalfGammaQ},5852:(r,e,t)=>{
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
var n=t(1851);var a=t(6310);var s=t(1550);var i=t(4193);var o=t(7999);function fullIGammaPrefix(r,e){var t;var l;l=r*s(e);if(e>=1){if(l<i&&-e>o){t=a(e,r)*n(-e)}else if(r>=1){t=a(e/n(e/r),r)}else{t=n(l-e)}}else{if(l>o){t=a(e,r)*n(-e)}else if(e/r<i){t=a(e/n(e/r),r)}else{t=n(l-e)}}return t}r.exports=fullIGammaPrefix},6144:(r,e,t)=>{
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
var n=t(2334);var a=t(905);var s=t(6260);var i=t(6310);var o=t(1550);var l=t(8159);var u=t(3424);var f=t(4193);var c=t(3781);var v=t(7078);var A=t(5120);var h=t(5852);var p=t(712);var g=t(7178);var d=t(4175);var m=t(97);var w=t(386);function igammaFinal(r,e,t,y){var x;var E;var I;var b;var B;var C;var k;var Q;var S;var M;var F;var N;var D;var R;k=0;Q=y;C=e<30&&e<=r+1&&r<f;if(C){D=n(e);S=D===e;I=S?false:s(D-e)===.5}else{S=false;I=false}if(S&&r>.6){Q=!Q;E=0}else if(I&&r>.2){Q=!Q;E=1}else if(r<l&&e>1){E=6}else if(r>1e3&&(e<r||s(e-50)/r<1)){Q=!Q;E=7}else if(r<.5){if(-.4/o(r)<e){E=2}else{E=3}}else if(r<1.1){if(r*.75<e){E=2}else{E=3}}else{B=false;if(t&&e>20){M=s((r-e)/e);if(e>200){if(20/e>M*M){B=true}}else if(M<.4){B=true}}if(B){E=5}else if(r-1/(3*r)<e){E=2}else{E=4;Q=!Q}}switch(E){case 0:k=v(e,r);if(t===false){k*=a(e)}break;case 1:k=A(e,r);if(t===false){k*=a(e)}break;case 2:k=t?d(e,r):h(e,r);if(k!==0){b=0;x=false;if(Q){b=t?1:a(e);if(t||k>=1||u*k>b){b/=k;if(t||e<1||u/e>b){b*=-e;x=true}else{b=0}}else{b=0}}k*=g(e,r,b)/e;if(x){Q=false;k=-k}}break;case 3:Q=!Q;F=m(e,r,Q);k=F[0];R=F[1];Q=false;if(t){k/=R}break;case 4:k=t?d(e,r):h(e,r);if(k!==0){k*=w(e,r)}break;case 5:k=p(e,r);if(r>=e){Q=!Q}break;case 6:k=t?i(r,e)/a(e+1):i(r,e)/e;k*=1-e*r/(e+1);break;case 7:k=t?d(e,r):h(e,r);k/=r;if(k!==0){k*=c(e,r)}break}if(t&&k>1){k=1}if(Q){N=t?1:a(e);k=N-k}return k}r.exports=igammaFinal},712:(r,e,t)=>{
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
var n=t(2096);var a=t(5430);var s=t(988);var i=t(5478);var o=t(1851);var l=t(4739);var u=t(4410);var f=t(5273);var c=t(736);var v=t(8135);var A=t(6870);var h=t(7589);var p=t(3164);var g=t(8099);var d=t(9413);var m=[0,0,0,0,0,0,0,0,0,0];function igammaTemmeLarge(r,e){var t;var w;var y;var x;var E;w=(e-r)/r;y=-a(w);x=r*y;E=i(2*y);if(e<r){E=-E}m[0]=u(E);m[1]=f(E);m[2]=c(E);m[3]=v(E);m[4]=A(E);m[5]=h(E);m[6]=p(E);m[7]=g(E);m[8]=d(E);m[9]=-.0005967612901927463;t=n(m,1/r);t*=o(-x)/i(l*r);if(e<r){t=-t}t+=s(i(x))/2;return t}r.exports=igammaTemmeLarge},5479:(r,e,t)=>{
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
var n=t(6491);var a=t(3027);function lowerGammaSeries(r,e,t){var s;var i;t=t||0;i=a(r,e);s=n(i,{initialValue:t});return s}r.exports=lowerGammaSeries},3027:r=>{
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
var n=t(7711);var a=t(1851);var s=t(1550);var i=t(2385);var o=t(4193);var l=t(469);var u=t(313);var f=t(6144);var c=t(7178);var v=t(386);function gammainc(r,e,t,A){var h;var p;var g;var d;if(r<0||e<=0){return NaN}h=t===void 0?true:t;g=A;if(e>=u&&!h){if(g&&e*4<r){d=e*s(r)-r;d+=s(v(e,r))}else if(!g&&e>4*r){d=e*s(r)-r;p=0;d+=s(c(e,r,p)/e)}else{d=f(r,e,true,g);if(d===0){if(g){d=1+1/(12*e)+1/(288*e*e);d=s(d)-e+(e-.5)*s(e);d+=s(i)}else{d=e*s(r)-r;p=0;d+=s(c(e,r,p)/e)}}else{d=s(d)+n(e)}}if(d>o){return l}return a(d)}return f(r,e,h,g)}r.exports=gammainc},4410:r=>{
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
var n=t(2638);var a=t(7711);var s=t(905);var i=t(5430);var o=t(5478);var l=t(6260);var u=t(1851);var f=t(6310);var c=t(2974);var v=t(8008);var A=t(1550);var h=t(3424);var p=t(4193);var g=t(7999);var d=t(3822);var m=t(45);function regularisedGammaPrefix(r,e){var t;var w;var y;var x;var E;var I;var b;y=r+d-.5;b=(e-r-d+.5)/y;if(r<1){if(e<=g||r<1/h){return u(r*A(e)-e-a(r))}return f(e,r)*u(-e)/s(r)}if(l(b*b*r)<=100&&r>150){t=r*i(b)+e*(.5-d)/y;t=u(t)}else{x=r*A(e/y);E=r-e;if(v(x,E)<=g||c(x,E)>=p){w=E/r;if(v(x,E)/2>g&&c(x,E)/2<p){I=f(e/y,r/2)*u(E/2);t=I*I}else if(v(x,E)/4>g&&c(x,E)/4<p&&e>r){I=f(e/y,r/4)*u(E/4);t=I*I;t*=t}else if(w>g&&w<p){t=f(e*u(w)/y,r)}else{t=u(x+E)}}else{t=f(e/y,r)*u(E)}}t*=o(y/m)/n(r);return t}r.exports=regularisedGammaPrefix},7708:r=>{
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
function smallGamma2Series(r,e){var t;var n;var a;var s;t=-e;e=-e;n=r+1;a=1;return next;function next(){s=t/n;t*=e;a+=1;t/=a;n+=1;return s}}r.exports=smallGamma2Series},3781:(r,e,t)=>{
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
var n=t(6491);var a=t(4809);function tgammaILargeX(r,e){var t;var s;s=a(r,e);t=n(s);return t}r.exports=tgammaILargeX},4809:r=>{
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
var n=t(4756);var a=t(6491);var s=t(7186);var i=t(7708);function tgammaSmallUpperPart(r,e,t){var o;var l;var u;var f;var c;l=s(r);u=(l+1)/r;f=n(e,r);l-=f;l/=r;c=i(r,e);f+=1;o=t?u:0;l=-f*a(c,{initialValue:(o-l)/f});if(t){l=-l}return[l,u]}r.exports=tgammaSmallUpperPart},386:(r,e,t)=>{
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
var n=t(6523);var a=t(7234);var s=t(6260);var i=t(1550);var o=t(1262);var l=t(8901);var u=t(9701);var f=t(469);var c=t(9303);var v=t(5690);var A=t(1271);var h=t(7120);var p=t(2778);var g=t(6503);var d=t(2352);var m=t(7942);var w=t(5059);var y=t(9596);var x=.07721566490153287;var E=.3224670334241136;var I=1;var b=-.07721566490153287;var B=.48383612272381005;var C=-.1475877229945939;var k=.06462494023913339;var Q=-.07721566490153287;var S=1;var M=.4189385332046727;var F=1.4616321449683622;var N=4503599627370496;var D=72057594037927940;var R=13877787807814457e-33;var _=1.4616321449683622;var U=-.12148629053584961;var G=-3638676997039505e-33;function gammaln(r){var e;var t;var q;var P;var L;var z;var j;var W;var T;var $;var J;var V;var O;if(n(r)||a(r)){return r}if(r===0){return f}if(r<0){e=true;r=-r}else{e=false}if(r<R){return-i(r)}if(e){if(r>=N){return f}T=l(r);if(T===0){return f}t=i(u/s(T*r))}if(r===1||r===2){return 0}if(r<2){if(r<=.9){O=-i(r);if(r>=F-1+.27){J=1-r;q=0}else if(r>=F-1-.27){J=r-(_-1);q=1}else{J=r;q=2}}else{O=0;if(r>=F+.27){J=2-r;q=0}else if(r>=F-.27){J=r-_;q=1}else{J=r-1;q=2}}switch(q){case 0:V=J*J;z=x+V*c(V);L=V*(E+V*v(V));j=J*z+L;O+=j-.5*J;break;case 1:V=J*J;$=V*J;z=B+$*p($);L=C+$*g($);P=k+$*d($);j=V*z-(G-$*(L+J*P));O+=U+j;break;case 2:z=J*(Q+J*m(J));L=S+J*w(J);O+=-.5*J+z/L;break}}else if(r<8){q=o(r);J=r-q;j=J*(b+J*h(J));W=I+J*A(J);O=.5*J+j/W;V=1;switch(q){case 7:V*=J+6;case 6:V*=J+5;case 5:V*=J+4;case 4:V*=J+3;case 3:V*=J+2;O+=i(V)}}else if(r<D){T=i(r);V=1/r;J=V*V;$=M+V*y(J);O=(r-.5)*(T-1)+$}else{O=r*(i(r)-1)}if(e){O=t-O}return O}r.exports=gammaln},9303:r=>{
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
var n=t(5732);var a=t(3242);function kernelCos(r,e){var t;var s;var i;var o;o=r*r;i=o*o;s=o*n(o);s+=i*i*a(o);t=.5*o;i=1-t;return i+(1-i-t+(o*s-r*e))}r.exports=kernelCos},5732:r=>{
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
var e=-.16666666666666632;var t=.00833333333332249;var n=-.0001984126982985795;var a=27557313707070068e-22;var s=-2.5050760253406863e-8;var i=1.58969099521155e-10;function kernelSin(r,o){var l;var u;var f;var c;c=r*r;f=c*c;l=t+c*(n+c*a)+c*f*(s+c*i);u=c*r;if(o===0){return r+u*(e+c*l)}return r-(c*(.5*o-u*l)-o-u*e)}r.exports=kernelSin},3291:(r,e,t)=>{
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
var n=t(469);var a=t(1475);var s=t(1877);var i=t(6276);var o=t(2656);var l=t(4862);var u=t(6523);var f=t(7234);var c=t(910);var v=t(9335).assign;var A=t(6075);var h=t(7949);var p=t(7844);var g=2220446049250313e-31;var d=2148532223>>>0;var m=[0,0];var w=[0,0];function ldexp(r,e){var t;var y;if(e===0||r===0||u(r)||f(r)){return r}v(r,m,1,0);r=m[0];e+=m[1];e+=A(r);if(e<l){return c(0,r)}if(e>i){if(r<0){return a}return n}if(e<=o){e+=52;y=g}else{y=1}h.assign(r,w,1,0);t=w[0];t&=d;t|=e+s<<20;return y*p(t,w[1])}r.exports=ldexp},1550:(r,e,t)=>{
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
var n=t(2882);var a=t(5990);var s=t(6523);var i=t(1877);var o=t(1475);var l=t(6488);var u=t(1103);var f=.6931471803691238;var c=1.9082149292705877e-10;var v=0x40000000000000;var A=.3333333333333333;var h=1048575|0;var p=2146435072|0;var g=1048576|0;var d=1072693248|0;function ln(r){var e;var t;var m;var w;var y;var x;var E;var I;var b;var B;var C;var k;if(r===0){return o}if(s(r)||r<0){return NaN}t=n(r);y=0|0;if(t<g){y-=54|0;r*=v;t=n(r)}if(t>=p){return r+r}y+=(t>>20)-i|0;t&=h;I=t+614244&1048576|0;r=a(r,t|I^d);y+=I>>20|0;E=r-1;if((h&2+t)<3){if(E===0){if(y===0){return 0}return y*f+y*c}x=E*E*(.5-A*E);if(y===0){return E-x}return y*f-(x-y*c-E)}B=E/(2+E);k=B*B;I=t-398458|0;C=k*k;b=440401-t|0;w=C*l(C);m=k*u(C);I|=b;x=m+w;if(I>0){e=.5*E*E;if(y===0){return E-(e-B*(e+x))}return y*f-(e-(B*(e+x)+y*c)-E)}if(y===0){return E-B*(E-x)}return y*f-(B*(E-x)-y*c-E)}r.exports=ln},6488:r=>{
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
var n=t(6523);var a=t(2882);var s=t(5990);var i=t(469);var o=t(1475);var l=t(1877);var u=t(897);var f=.6931471803691238;var c=1.9082149292705877e-10;var v=.41421356237309503;var A=-.2928932188134525;var h=1.862645149230957e-9;var p=5551115123125783e-32;var g=9007199254740992;var d=.6666666666666666;function log1p(r){var e;var t;var m;var w;var y;var x;var E;var I;var b;var B;if(r<-1||n(r)){return NaN}if(r===-1){return o}if(r===i){return r}if(r===0){return r}if(r<0){m=-r}else{m=r}B=1;if(m<v){if(m<h){if(m<p){return r}return r-r*r*.5}if(r>A){B=0;w=r;t=1}}if(B!==0){if(m<g){b=1+r;t=a(b);B=(t>>20)-l;if(B>0){y=1-(b-r)}else{y=r-(b-1)}y/=b}else{b=r;t=a(b);B=(t>>20)-l;y=0}t&=1048575;if(t<434334){b=s(b,t|1072693248)}else{B+=1;b=s(b,t|1071644672);t=1048576-t>>2}w=b-1}e=.5*w*w;if(t===0){if(w===0){y+=B*c;return B*f+y}I=e*(1-d*w);return B*f-(I-(B*c+y)-w)}x=w/(2+w);E=x*x;I=E*u(E);if(B===0){return w-(e-x*(e+I))}return B*f-(e-(x*(e+I)+(B*c+y))-w)}r.exports=log1p},897:r=>{
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
var n=t(6260);var a=t(1550);var s=t(5088);var i=t(6491);var o=t(4781);function log1pmx(r){var e;var t;if(r<=-1){return NaN}t=n(r);if(t>.95){return a(1+r)-r}if(t<s){return-r*r/2}e={initialValue:-r};return i(o(r),e)}r.exports=log1pmx},2974:(r,e,t)=>{
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
var n=t(866);var a=t(6523);var s=t(469);function max(r,e){if(a(r)||a(e)){return NaN}if(r===s||e===s){return s}if(r===e&&r===0){if(n(r)){return r}return e}if(r>e){return r}return e}r.exports=max},8008:(r,e,t)=>{
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
var n=t(3270);var a=t(6523);var s=t(1475);function min(r,e){if(a(r)||a(e)){return NaN}if(r===s||e===s){return s}if(r===e&&r===0){if(n(r)){return r}return e}if(r<e){return r}return e}r.exports=min},6310:(r,e,t)=>{
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
var n=t(2882);var a=t(3786);var s=t(5990);var i=t(1877);var o=t(1277);var l=t(3140);var u=1048575|0;var f=1048576|0;var c=1072693248|0;var v=536870912|0;var A=524288|0;var h=9007199254740992;var p=.9617966939259756;var g=.9617967009544373;var d=-7.028461650952758e-9;var m=[1,1.5];var w=[0,.5849624872207642];var y=[0,1.350039202129749e-8];function log2ax(r,e,t){var x;var E;var I;var b;var B;var C;var k;var Q;var S;var M;var F;var N;var D;var R;var _;var U;var G;var q;var P;var L;var z;var j;L=0|0;if(t<f){e*=h;L-=53|0;t=n(e)}L+=(t>>o)-i|0;z=t&u|0;t=z|c|0;if(z<=235662){j=0}else if(z<767610){j=1}else{j=0;L+=1|0;t-=f}e=s(e,t);Q=m[j];q=e-Q;P=1/(e+Q);E=q*P;b=a(E,0);x=(t>>1|v)+A;x+=j<<18;C=s(0,x);k=e-(C-Q);B=P*(q-b*C-b*k);I=E*E;G=I*I*l(I);G+=B*(b+E);I=b*b;C=3+I+G;C=a(C,0);k=G-(C-3-I);q=b*C;P=B*C+k*E;M=q+P;M=a(M,0);F=P-(M-q);N=g*M;D=d*M+F*p+y[j];S=w[j];U=L;R=N+D+S+U;R=a(R,0);_=D-(R-U-S-N);r[0]=R;r[1]=_;return r}r.exports=log2ax},3726:(r,e,t)=>{
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
var n=t(3786);var a=t(837);var s=1.4426950408889634;var i=1.4426950216293335;var o=1.9259629911266175e-8;function logx(r,e){var t;var l;var u;var f;var c;var v;u=e-1;f=u*u*a(u);c=i*u;v=u*o-f*s;l=c+v;l=n(l,0);t=v-(l-c);r[0]=l;r[1]=t;return r}r.exports=logx},7609:(r,e,t)=>{
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
var n=t(6523);var a=t(7687);var s=t(7234);var i=t(2804);var o=t(5478);var l=t(6260);var u=t(7949);var f=t(3786);var c=t(6519);var v=t(1475);var A=t(469);var h=t(3935);var p=t(2122);var g=t(888);var d=t(3355);var m=t(9905);var w=t(3726);var y=t(5224);var x=1072693247|0;var E=1105199104|0;var I=1139802112|0;var b=1083179008|0;var B=1072693248|0;var C=1083231232|0;var k=3230714880>>>0;var Q=31|0;var S=1e300;var M=1e-300;var F=8008566259537294e-32;var N=[0|0,0|0];var D=[0,0];function pow(r,e){var t;var R;var _;var U;var G;var q;var P;var L;var z;var j;var W;var T;var $;var J;var V;var O;if(n(r)||n(e)){return NaN}u.assign(e,N,1,0);q=N[0];P=N[1];if(P===0){if(e===0){return 1}if(e===1){return r}if(e===-1){return 1/r}if(e===.5){return o(r)}if(e===-.5){return 1/o(r)}if(e===2){return r*r}if(e===3){return r*r*r}if(e===4){r*=r;return r*r}if(s(e)){return d(r,e)}}u.assign(r,N,1,0);U=N[0];G=N[1];if(G===0){if(U===0){return p(r,e)}if(r===1){return 1}if(r===-1&&a(e)){return-1}if(s(r)){if(r===v){return pow(-0,-e)}if(e<0){return 0}return A}}if(r<0&&i(e)===false){return(r-r)/(r-r)}_=l(r);t=U&h|0;R=q&h|0;L=U>>>Q|0;z=q>>>Q|0;if(L&&a(e)){L=-1}else{L=1}if(R>E){if(R>I){return g(r,e)}if(t<x){if(z===1){return L*S*S}return L*M*M}if(t>B){if(z===0){return L*S*S}return L*M*M}$=w(D,_)}else{$=m(D,_,t)}j=f(e,0);T=(e-j)*$[0]+e*$[1];W=j*$[0];J=T+W;u.assign(J,N,1,0);V=c(N[0]);O=c(N[1]);if(V>=b){if((V-b|O)!==0){return L*S*S}if(T+F>J-W){return L*S*S}}else if((V&h)>=C){if((V-k|O)!==0){return L*M*M}if(T<=J-W){return L*M*M}}J=y(V,W,T);return L*J}r.exports=pow},3140:r=>{
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
var n=t(2882);var a=t(5990);var s=t(3786);var i=t(6519);var o=t(3291);var l=t(1239);var u=t(1877);var f=t(3935);var c=t(8910);var v=t(1277);var A=t(5568);var h=1048576|0;var p=1071644672|0;var g=.6931471824645996;var d=-1.904654299957768e-9;function pow2(r,e,t){var m;var w;var y;var x;var E;var I;var b;var B;var C;var k;var Q;k=r&f|0;Q=(k>>v)-u|0;C=0;if(k>p){C=r+(h>>Q+1)>>>0;Q=((C&f)>>v)-u|0;m=(C&~(c>>Q))>>>0;y=a(0,m);C=(C&c|h)>>v-Q>>>0;if(r<0){C=-C}e-=y}y=t+e;y=s(y,0);E=y*g;I=(t-(y-e))*l+y*d;B=E+I;b=I-(B-E);y=B*B;w=B-y*A(y);x=B*w/(w-2)-(b+B*b);B=1-(x-B);r=n(B);r=i(r);r+=C<<v>>>0;if(r>>v<=0){B=o(B,C)}else{B=a(B,r)}return B}r.exports=pow2},2122:(r,e,t)=>{
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
var n=t(7687);var a=t(910);var s=t(1475);var i=t(469);function pow(r,e){if(e===s){return i}if(e===i){return 0}if(e>0){if(n(e)){return r}return 0}if(n(e)){return a(i,r)}return i}r.exports=pow},888:(r,e,t)=>{
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
var n=t(3935);var a=t(2882);var s=1072693247|0;var i=1e300;var o=1e-300;function pow(r,e){var t;var l;l=a(r);t=l&n;if(t<=s){if(e<0){return i*i}return o*o}if(e>0){return i*i}return o*o}r.exports=pow},3355:(r,e,t)=>{
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
var n=t(6523);var a=t(7234);var s=t(6260);var i=t(141);var o=t(1550);var l=t(6310);var u=t(1262);function powm1(r,e){var t;var f;if(n(r)||n(e)){return NaN}if(e===0){return 0}if(r===0){return-1}if(r<0&&e%2===0){r=-r}if(r>0){if(s(e*(r-1))<.5||s(e)<.2){f=o(r)*e;if(f<.5){return i(f)}}}else if(u(e)!==e){return NaN}t=l(r,e)-1;if(a(t)||n(t)){return NaN}return t}r.exports=powm1},3982:(r,e,t)=>{
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
var n=t(2334);var a=t(3291);var s=t(1830);var i=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859];var o=[1.570796251296997,7.549789415861596e-8,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67];var l=16777216;var u=5.960464477539063e-8;var f=s(20);var c=s(20);var v=s(20);var A=s(20);function compute(r,e,t,s,f,c,h,p,g){var d;var m;var w;var y;var x;var E;var I;var b;var B;y=c;B=s[t];b=t;for(x=0;b>0;x++){m=u*B|0;A[x]=B-l*m|0;B=s[b-1]+m;b-=1}B=a(B,f);B-=8*n(B*.125);I=B|0;B-=I;w=0;if(f>0){x=A[t-1]>>24-f;I+=x;A[t-1]-=x<<24-f;w=A[t-1]>>23-f}else if(f===0){w=A[t-1]>>23}else if(B>=.5){w=2}if(w>0){I+=1;d=0;for(x=0;x<t;x++){b=A[x];if(d===0){if(b!==0){d=1;A[x]=16777216-b}}else{A[x]=16777215-b}}if(f>0){switch(f){case 1:A[t-1]&=8388607;break;case 2:A[t-1]&=4194303;break}}if(w===2){B=1-B;if(d!==0){B-=a(1,f)}}}if(B===0){b=0;for(x=t-1;x>=c;x--){b|=A[x]}if(b===0){for(E=1;A[c-E]===0;E++){}for(x=t+1;x<=t+E;x++){g[p+x]=i[h+x];m=0;for(b=0;b<=p;b++){m+=r[b]*g[p+(x-b)]}s[x]=m}t+=E;return compute(r,e,t,s,f,c,h,p,g)}t-=1;f-=24;while(A[t]===0){t-=1;f-=24}}else{B=a(B,-f);if(B>=l){m=u*B|0;A[t]=B-l*m|0;t+=1;f+=24;A[t]=m}else{A[t]=B|0}}m=a(1,f);for(x=t;x>=0;x--){s[x]=m*A[x];m*=u}for(x=t;x>=0;x--){m=0;for(E=0;E<=y&&E<=t-x;E++){m+=o[E]*s[x+E]}v[t-x]=m}m=0;for(x=t;x>=0;x--){m+=v[x]}if(w===0){e[0]=m}else{e[0]=-m}m=v[0]-m;for(x=1;x<=t;x++){m+=v[x]}if(w===0){e[1]=m}else{e[1]=-m}return I&7}function kernelRempio2(r,e,t,n){var a;var s;var o;var l;var u;var v;var A;var h;var p;s=4;l=n-1;o=(t-3)/24|0;if(o<0){o=0}v=t-24*(o+1);h=o-l;p=l+s;for(A=0;A<=p;A++){if(h<0){f[A]=0}else{f[A]=i[h]}h+=1}for(A=0;A<=s;A++){a=0;for(h=0;h<=l;h++){a+=r[h]*f[l+(A-h)]}c[A]=a}u=s;return compute(r,e,u,c,v,s,o,l,f)}r.exports=kernelRempio2},4385:(r,e,t)=>{
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
var n=t(3935);var a=t(222);var s=t(8910);var i=t(2882);var o=t(1662);var l=t(7844);var u=t(7236);var f=t(499);var c=0;var v=16777216;var A=1.5707963267341256;var h=6077100506506192e-26;var p=2*h;var g=3*h;var d=4*h;var m=598523|0;var w=1072243195|0;var y=1073928572|0;var x=1074752122|0;var E=1074977148|0;var I=1075183036|0;var b=1075388923|0;var B=1075594811|0;var C=1094263291|0;var k=[0,0,0];var Q=[0,0];function rempio2(r,e){var t;var S;var M;var F;var N;var D;var R;var _;M=i(r)|0;F=M&n|0;if(F<=w){e[0]=r;e[1]=0;return 0}if(F<=x){if((F&s)===m){return f(r,F,e)}if(F<=y){if(M>0){_=r-A;e[0]=_-h;e[1]=_-e[0]-h;return 1}_=r+A;e[0]=_+h;e[1]=_-e[0]+h;return-1}if(M>0){_=r-2*A;e[0]=_-p;e[1]=_-e[0]-p;return 2}_=r+2*A;e[0]=_+p;e[1]=_-e[0]+p;return-2}if(F<=B){if(F<=I){if(F===E){return f(r,F,e)}if(M>0){_=r-3*A;e[0]=_-g;e[1]=_-e[0]-g;return 3}_=r+3*A;e[0]=_+g;e[1]=_-e[0]+g;return-3}if(F===b){return f(r,F,e)}if(M>0){_=r-4*A;e[0]=_-d;e[1]=_-e[0]-d;return 4}_=r+4*A;e[0]=_+d;e[1]=_-e[0]+d;return-4}if(F<C){return f(r,F,e)}if(F>=a){e[0]=NaN;e[1]=NaN;return 0}t=o(r);S=(F>>20)-1046;_=l(F-(S<<20|0),t);for(D=0;D<2;D++){k[D]=_|0;_=(_-k[D])*v}k[2]=_;N=3;while(k[N-1]===c){N-=1}R=u(k,Q,S,N,1);if(M<0){e[0]=-Q[0];e[1]=-Q[1];return-R}e[0]=Q[0];e[1]=Q[1];return R}r.exports=rempio2},499:(r,e,t)=>{
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
var n=t(8972);var a=t(2882);var s=.6366197723675814;var i=1.5707963267341256;var o=6077100506506192e-26;var l=6077100506303966e-26;var u=20222662487959506e-37;var f=20222662487111665e-37;var c=84784276603689e-45;var v=2047|0;function rempio2Medium(r,e,t){var A;var h;var p;var g;var d;var m;var w;h=n(r*s);g=r-h*i;d=h*o;w=e>>20|0;t[0]=g-d;A=a(t[0]);m=w-(A>>20&v);if(m>16){p=g;d=h*l;g=p-d;d=h*u-(p-g-d);t[0]=g-d;A=a(t[0]);m=w-(A>>20&v);if(m>49){p=g;d=h*f;g=p-d;d=h*c-(p-g-d);t[0]=g-d}}t[1]=g-t[0]-d;return h}r.exports=rempio2Medium},8972:(r,e,t)=>{
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
var n=t(3935);var a=t(222);var s=t(2882);var i=t(1567);var o=t(186);var l=t(3982);var u=1072243195|0;var f=1045430272|0;var c=[0,0];function sin(r){var e;var t;e=s(r);e&=n;if(e<=u){if(e<f){return r}return o(r,0)}if(e>=a){return NaN}t=l(r,c);switch(t&3){case 0:return o(c[0],c[1]);case 1:return i(c[0],c[1]);case 2:return-o(c[0],c[1]);default:return-i(c[0],c[1])}}r.exports=sin},8901:(r,e,t)=>{
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
var n=t(6523);var a=t(7234);var s=t(9191);var i=t(1794);var o=t(6260);var l=t(910);var u=t(9701);function sinpi(r){var e;var t;if(n(r)){return NaN}if(a(r)){return NaN}t=r%2;e=o(t);if(e===0||e===1){return l(0,t)}if(e<.25){return i(u*t)}if(e<.75){e=.5-e;return l(s(u*e),t)}if(e<1.25){t=l(1,t)-t;return i(u*t)}if(e<1.75){e-=1.5;return-l(s(u*e),t)}t-=l(2,t);return i(u*t)}r.exports=sinpi},5478:(r,e,t)=>{
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
var n=t(6260);var a=t(5088);var s=t(8858);var i=1e6;function continuedFractionA(r,e,t){var a;var i;var o;var l;var u;var f;f=r();u=f[1];i=f[0];if(u===0){u=s}o=u;l=0;do{f=r();if(f){l=f[1]+f[0]*l;if(l===0){l=s}o=f[1]+f[0]/o;if(o===0){o=s}l=1/l;a=o*l;u*=a}}while(f&&n(a-1)>e&&--t);return i/u}function continuedFractionB(r,e,t){var a;var i;var o;var l;var u;u=r();l=u[1];if(l===0){l=s}i=l;o=0;do{u=r();if(u){o=u[1]+u[0]*o;if(o===0){o=s}i=u[1]+u[0]/i;if(i===0){i=s}o=1/o;a=i*o;l*=a}}while(u&&n(a-1)>e&&--t);return l}function continuedFraction(r,e){var t;var n;var s;n={};if(arguments.length>1){n=e}s=n.tolerance||a;t=n.maxIter||i;if(n.keep){return continuedFractionB(r,s,t)}return continuedFractionA(r,s,t)}r.exports=continuedFraction},7028:(r,e,t)=>{
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
var n=t(6260);var a=t(8858);var s=t(5088);var i=1e6;function continuedFractionA(r,e,t){var s;var i;var o;var l;var u;var f;var c;s=typeof r.next==="function";c=s?r.next().value:r();l=c[1];o=c[0];if(l===0){l=a}u=l;f=0;if(s===true){do{c=r.next().value;if(c){f=c[1]+c[0]*f;if(f===0){f=a}u=c[1]+c[0]/u;if(u===0){u=a}f=1/f;i=u*f;l*=i}}while(n(i-1)>e&&--t)}else{do{c=r();if(c){f=c[1]+c[0]*f;if(f===0){f=a}u=c[1]+c[0]/u;if(u===0){u=a}f=1/f;i=u*f;l*=i}}while(c&&n(i-1)>e&&--t)}return o/l}function continuedFractionB(r,e,t){var s;var i;var o;var l;var u;var f;s=typeof r.next==="function";f=s?r.next().value:r();o=f[1];if(o===0){o=a}l=o;u=0;if(s===true){do{f=r.next().value;if(f){u=f[1]+f[0]*u;if(u===0){u=a}l=f[1]+f[0]/l;if(l===0){l=a}u=1/u;i=l*u;o*=i}}while(f&&n(i-1)>e&&--t)}else{do{f=r();if(f){u=f[1]+f[0]*u;if(u===0){u=a}l=f[1]+f[0]/l;if(l===0){l=a}u=1/u;i=l*u;o*=i}}while(f&&n(i-1)>e&&--t)}return o}function continuedFraction(r,e){var t;var n;var a;n={};if(arguments.length>1){n=e}t=n.maxIter||i;a=n.tolerance||s;if(n.keep){return continuedFractionB(r,a,t)}return continuedFractionA(r,a,t)}r.exports=continuedFraction},508:(r,e,t)=>{
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
var n=t(2878);var a=t(7028);var s=t(3962);var i;if(n()){i=a}else{i=s}r.exports=i},1278:(r,e,t)=>{
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
var n=t(6990);var a=t(3767);function factory(r){var e;var t;var s;var i;if(r.length>500){return polyval}e="return function evalpoly(x){";t=r.length;if(t===0){e+="return 0.0;"}else if(t===1){e+="return "+r[0]+";"}else{e+="if(x===0.0){return "+r[0]+";}";e+="return "+r[0];s=t-1;for(i=1;i<t;i++){e+="+x*";if(i<s){e+="("}e+=r[i]}for(i=0;i<s-1;i++){e+=")"}e+=";"}e+="}";e+="//# sourceURL=evalpoly.factory.js";return new n(e)();function polyval(e){return a(r,e)}}r.exports=factory},2096:(r,e,t)=>{
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
var n=t(4568);var a=t(3767);var s=t(1278);n(a,"factory",s);r.exports=a},3767:r=>{
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
var n=t(6260);var a=t(5088);var s=1e6;function sumSeries(r,e){var t;var i;var o;var l;var u;u={};if(arguments.length>1){u=e}t=u.tolerance||a;o=u.maxTerms||s;l=u.initialValue||0;do{i=r();l+=i}while(n(t*l)<n(i)&&--o);return l}r.exports=sumSeries},3333:(r,e,t)=>{
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
var n=t(6260);var a=t(5088);var s=1e6;function sumSeries(r,e){var t;var i;var o;var l;var u;var f;f={};if(arguments.length>1){f=e}i=f.tolerance||a;l=f.maxTerms||s;u=f.initialValue||0;t=typeof r.next==="function";if(t===true){for(o of r){u+=o;if(n(i*u)>=n(o)||--l===0){break}}}else{do{o=r();u+=o}while(n(i*u)<n(o)&&--l)}return u}r.exports=sumSeries},6491:(r,e,t)=>{
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
var n=t(2878);var a=t(3333);var s=t(6049);var i;if(n()){i=a}else{i=s}r.exports=i},4241:(r,e,t)=>{
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
var n=t(2882);var a=t(222);var s=t(1877);function exponent(r){var e=n(r);e=(e&a)>>>20;return e-s|0}r.exports=exponent},7844:(r,e,t)=>{
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
var n=t(347);var a;var s;var i;if(n===true){s=1;i=0}else{s=0;i=1}a={HIGH:s,LOW:i};r.exports=a},5259:(r,e,t)=>{
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
var n=t(7096);var a=t(9979);var s=t(9593);var i=new a(1);var o=new n(i.buffer);var l=s.HIGH;var u=s.LOW;function fromWords(r,e){o[l]=r;o[u]=e;return i[0]}r.exports=fromWords},9828:(r,e,t)=>{
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
var n=t(7096);var a=t(9979);var s=t(9828);var i=new a(1);var o=new n(i.buffer);function getHighWord(r){i[0]=r;return o[s]}r.exports=getHighWord},1662:(r,e,t)=>{
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
var n=t(7096);var a=t(9979);var s=t(5844);var i=new a(1);var o=new n(i.buffer);function getLowWord(r){i[0]=r;return o[s]}r.exports=getLowWord},750:(r,e,t)=>{
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
var n=t(5417);var a=t(7234);var s=t(6523);var i=t(6260);var o=4503599627370496;function normalize(r,e,t,l){if(s(r)||a(r)){e[l]=r;e[l+t]=0;return e}if(r!==0&&i(r)<n){e[l]=r*o;e[l+t]=-52;return e}e[l]=r;e[l+t]=0;return e}r.exports=normalize},9335:(r,e,t)=>{
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
var n=t(4568);var a=t(6754);var s=t(750);n(a,"assign",s);r.exports=a},6754:(r,e,t)=>{
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
var n=t(7096);var a=t(9979);var s=t(2880);var i=new a(1);var o=new n(i.buffer);function setHighWord(r,e){i[0]=r;o[s]=e>>>0;return i[0]}r.exports=setHighWord},3786:(r,e,t)=>{
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
var n=t(7096);var a=t(9979);var s=t(9760);var i=new a(1);var o=new n(i.buffer);function setLowWord(r,e){i[0]=r;o[s]=e>>>0;return i[0]}r.exports=setLowWord},5132:(r,e,t)=>{
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
var n=t(7096);var a=t(9979);var s=t(3808);var i=new a(1);var o=new n(i.buffer);var l=s.HIGH;var u=s.LOW;function toWords(r,e,t,n){i[0]=r;e[n]=o[l];e[n+t]=o[u];return e}r.exports=toWords},7949:(r,e,t)=>{
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
var n=t(4568);var a=t(6364);var s=t(5132);n(a,"assign",s);r.exports=a},3808:(r,e,t)=>{
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
var n=t(347);var a;var s;var i;if(n===true){s=1;i=0}else{s=0;i=1}a={HIGH:s,LOW:i};r.exports=a},6364:(r,e,t)=>{
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
var e=Math.abs;var t=String.prototype.toLowerCase;var n=String.prototype.toUpperCase;var a=String.prototype.replace;var s=/e\+(\d)$/;var i=/e-(\d)$/;var o=/^(\d+)$/;var l=/^(\d+)e/;var u=/\.0$/;var f=/\.0*e/;var c=/(\..*[^0])0*e/;function formatDouble(r,v){var A;var h;switch(v.specifier){case"e":case"E":h=r.toExponential(v.precision);break;case"f":case"F":h=r.toFixed(v.precision);break;case"g":case"G":if(e(r)<1e-4){A=v.precision;if(A>0){A-=1}h=r.toExponential(A)}else{h=r.toPrecision(v.precision)}if(!v.alternate){h=a.call(h,c,"$1e");h=a.call(h,f,"e");h=a.call(h,u,"")}break;default:throw new Error("invalid double notation. Value: "+v.specifier)}h=a.call(h,s,"e+0$1");h=a.call(h,i,"e-0$1");if(v.alternate){h=a.call(h,o,"$1.");h=a.call(h,l,"$1.e")}if(r>=0&&v.sign){h=v.sign+h}h=v.specifier===n.call(v.specifier)?n.call(h):t.call(h);return h}r.exports=formatDouble},1836:(r,e,t)=>{
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
var n=t(6392);var a=t(122);var s=String.prototype.toLowerCase;var i=String.prototype.toUpperCase;function formatInteger(r){var e;var t;var o;switch(r.specifier){case"b":e=2;break;case"o":e=8;break;case"x":case"X":e=16;break;case"d":case"i":case"u":default:e=10;break}t=r.arg;o=parseInt(t,10);if(!isFinite(o)){if(!n(t)){throw new Error("invalid integer. Value: "+t)}o=0}if(o<0&&(r.specifier==="u"||e!==10)){o=4294967295+o+1}if(o<0){t=(-o).toString(e);if(r.precision){t=a(t,r.precision,r.padRight)}t="-"+t}else{t=o.toString(e);if(!o&&!r.precision){t=""}else if(r.precision){t=a(t,r.precision,r.padRight)}if(r.sign){t=r.sign+t}}if(e===16){if(r.alternate){t="0x"+t}t=r.specifier===i.call(r.specifier)?i.call(t):s.call(t)}if(e===8){if(r.alternate&&t.charAt(0)!=="0"){t="0"+t}}return t}r.exports=formatInteger},24:(r,e,t)=>{
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
var n=t(1836);var a=t(7852);var s=t(6392);var i=t(2029);var o=t(4484);var l=t(122);var u=String.fromCharCode;var f=Array.isArray;function isnan(r){return r!==r}function initialize(r){var e={};e.specifier=r.specifier;e.precision=r.precision===void 0?1:r.precision;e.width=r.width;e.flags=r.flags||"";e.mapping=r.mapping;return e}function formatInterpolate(r){var e;var t;var c;var v;var A;var h;var p;var g;var d;var m;if(!f(r)){throw new TypeError("invalid argument. First argument must be an array. Value: `"+r+"`.")}h="";p=1;for(d=0;d<r.length;d++){c=r[d];if(a(c)){h+=c}else{e=c.precision!==void 0;c=initialize(c);if(!c.specifier){throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+d+"`. Value: `"+c+"`.")}if(c.mapping){p=c.mapping}t=c.flags;for(m=0;m<t.length;m++){v=t.charAt(m);switch(v){case" ":c.sign=" ";break;case"+":c.sign="+";break;case"-":c.padRight=true;c.padZeros=false;break;case"0":c.padZeros=t.indexOf("-")<0;break;case"#":c.alternate=true;break;default:throw new Error("invalid flag: "+v)}}if(c.width==="*"){c.width=parseInt(arguments[p],10);p+=1;if(isnan(c.width)){throw new TypeError("the argument for * width at position "+p+" is not a number. Value: `"+c.width+"`.")}if(c.width<0){c.padRight=true;c.width=-c.width}}if(e){if(c.precision==="*"){c.precision=parseInt(arguments[p],10);p+=1;if(isnan(c.precision)){throw new TypeError("the argument for * precision at position "+p+" is not a number. Value: `"+c.precision+"`.")}if(c.precision<0){c.precision=1;e=false}}}c.arg=arguments[p];switch(c.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":if(e){c.padZeros=false}c.arg=n(c);break;case"s":c.maxWidth=e?c.precision:-1;c.arg=String(c.arg);break;case"c":if(!isnan(c.arg)){A=parseInt(c.arg,10);if(A<0||A>127){throw new Error("invalid character code. Value: "+c.arg)}c.arg=isnan(A)?String(c.arg):u(A)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(!e){c.precision=6}g=parseFloat(c.arg);if(!isFinite(g)){if(!s(c.arg)){throw new Error("invalid floating-point number. Value: "+h)}g=c.arg;c.padZeros=false}c.arg=i(g,c);break;default:throw new Error("invalid specifier: "+c.specifier)}if(c.maxWidth>=0&&c.arg.length>c.maxWidth){c.arg=c.arg.substring(0,c.maxWidth)}if(c.padZeros){c.arg=l(c.arg,c.width||c.precision,c.padRight)}else if(c.width){c.arg=o(c.arg,c.width,c.padRight)}h+=c.arg||"";p+=1}}return h}r.exports=formatInterpolate},4484:r=>{
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
var e=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function parse(r){var e={mapping:r[1]?parseInt(r[1],10):void 0,flags:r[2],width:r[3],precision:r[5],specifier:r[6]};if(r[4]==="."&&r[5]===void 0){e.precision="1"}return e}function formatTokenize(r){var t;var n;var a;var s;n=[];s=0;a=e.exec(r);while(a){t=r.slice(s,e.lastIndex-a[0].length);if(t.length){n.push(t)}if(a[6]==="%"){n.push("%")}else{n.push(parse(a))}s=e.lastIndex;a=e.exec(r)}t=r.slice(s);if(t.length){n.push(t)}return n}r.exports=formatTokenize},7760:(r,e,t)=>{
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
var n=t(24);var a=t(9340);var s=t(8676);function format(r){var e;var t;if(!s(r)){throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.",r))}e=[a(r)];for(t=1;t<arguments.length;t++){e.push(arguments[t])}return n.apply(null,e)}r.exports=format},2038:(r,e,t)=>{
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
var n=t(2342);var a=t(7619);var s=t(61);var i;if(n()){i=a}else{i=s}r.exports=i},61:(r,e,t)=>{
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
var n=t(7760);var a=Object.prototype;var s=a.toString;var i=a.__defineGetter__;var o=a.__defineSetter__;var l=a.__lookupGetter__;var u=a.__lookupSetter__;function defineProperty(r,e,t){var f;var c;var v;var A;if(typeof r!=="object"||r===null||s.call(r)==="[object Array]"){throw new TypeError(n("invalid argument. First argument must be an object. Value: `%s`.",r))}if(typeof t!=="object"||t===null||s.call(t)==="[object Array]"){throw new TypeError(n("invalid argument. Property descriptor must be an object. Value: `%s`.",t))}c="value"in t;if(c){if(l.call(r,e)||u.call(r,e)){f=r.__proto__;r.__proto__=a;delete r[e];r[e]=t.value;r.__proto__=f}else{r[e]=t.value}}v="get"in t;A="set"in t;if(c&&(v||A)){throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.")}if(v&&i){i.call(r,e,t.get)}if(A&&o){o.call(r,e,t.set)}return r}r.exports=defineProperty},3595:r=>{
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
var n=t(9501);var a=t(1006);var s=t(9728);var i;if(n()){i=s}else{i=a}r.exports=i},1006:(r,e,t)=>{
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
var n=t(1907);var a=t(4499);var s=t(5763);function nativeClass(r){var e;var t;var i;if(r===null||r===void 0){return s.call(r)}t=r[a];e=n(r,a);try{r[a]=void 0}catch(e){return s.call(r)}i=s.call(r);if(e){r[a]=t}else{delete r[a]}return i}r.exports=nativeClass},5763:r=>{
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
var n=t(2038);var a=typeof n==="function"?n.toStringTag:"";r.exports=a}};var t={};function __nccwpck_require__(r){var n=t[r];if(n!==undefined){return n.exports}var a=t[r]={exports:{}};var s=true;try{e[r](a,a.exports,__nccwpck_require__);s=false}finally{if(s)delete t[r]}return a.exports}if(typeof __nccwpck_require__!=="undefined")__nccwpck_require__.ab=decodeURIComponent(new URL(".",import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/)?1:0,-1)+"/";(()=>{__nccwpck_require__.n=r=>{var e=r&&r.__esModule?()=>r["default"]:()=>r;__nccwpck_require__.d(e,{a:e});return e}})();(()=>{__nccwpck_require__.d=(r,e)=>{for(var t in e){if(__nccwpck_require__.o(e,t)&&!__nccwpck_require__.o(r,t)){Object.defineProperty(r,t,{enumerable:true,get:e[t]})}}}})();(()=>{__nccwpck_require__.o=(r,e)=>Object.prototype.hasOwnProperty.call(r,e)})();var n={};const a=r(import.meta.url)("node:worker_threads");const s=r(import.meta.url)("node:fs");class UserError extends Error{location;constructor(r,e,t){super(r,t);this.name="UserError";this.location=e}}function isUserError(r){return r instanceof UserError||r instanceof Error&&r.name==="UserError"}function formatUserError(r){const e=formatLocation(r.location);return e?`${e}: ${r.message}`:r.message}function formatLocation(r){if(!r?.file)return"";let e=r.file;if(r.line!==undefined){e+=`:${r.line}`;if(r.column!==undefined)e+=`:${r.column}`}return e}const i=globalThis.WebAssembly;function instantiateWasm(r){return new i.Instance(new i.Module(Buffer.from(r,"base64"))).exports}function wasmBuffer(r,e){const t=r.buffer.byteLength;if(t<e)r.grow(Math.ceil((e-t)/65536));return r.buffer}const o=r(import.meta.url)("node:v8");let l=0;const u=[...process.execArgv,...(process.env.NODE_OPTIONS??"").split(/\s+/)].some(r=>/concurrent[-_]recompilation/.test(r));function startWorker(r,e){if(u)return new Worker(r,e);if(l++===0)setFlagsFromString("--no-concurrent-recompilation");let t=false;const settle=()=>{if(t)return;t=true;if(--l===0)setFlagsFromString("--concurrent-recompilation")};let n;try{n=new Worker(r,e)}catch(r){settle();throw r}n.once("online",settle);n.once("exit",settle);return n}const f="AGFzbQEAAAABCAFgA39/fwF/AwIBAAUDAQABBxECBm1lbW9yeQIABHNvcnQAAAqGBAGDBAYCfwF+An8Bfgh/AX5BAEEAQYCAA/wLACAAIQMgACACQQN0aiEEAkADQCADIARPDQEgAykDACEFIAWnQf8PcUECdCENIA0gDSgCAEEBajYCAEGAwAAgBUILiKdB/w9xQQJ0aiENIA0gDSgCAEEBajYCAEGAgAEgBUIWiKdB/wdxQQJ0aiENIA0gDSgCAEEBajYCAEGAwAEgBUIgiKdB/w9xQQJ0aiENIA0gDSgCAEEBajYCAEGAgAIgBUIriKdB/w9xQQJ0aiENIA0gDSgCAEEBajYCAEGAwAIgBUI2iKdBAnRqIQ0gDSANKAIAQQFqNgIAIANBCGohAwwACwsgACkDACERIAAhDiABIQ9BACEGA0AgBkGAwABsIQcgBkEDcEELbCAGQQNuQSBsaq0hCEH/B0H/DyAGQQNwQQJGGyEJIAIgByARIAiIpyAJcUECdGooAgBHBEAgDyELIAchDSAHIAlBAWpBAnRqIQQDQCANKAIAIQwgDSALNgIAIAsgDEEDdGohCyANQQRqIQ0gDSAESQ0ACyAOIQMgDiACQQN0aiEEA0AgAykDACEFIAcgBSAIiKcgCXFBAnRqIQ0gDSgCACEKIAogBTcDACANIApBCGo2AgAgA0EIaiEDIAMgBEkNAAsgDiEQIA8hDiAQIQ8LIAZBAWohBiAGQQZJDQALIA4L";const c=4096;const v=6*2048*4;const A=1<<20;const h=1<<27;let p;function sortFloat64(r){const e=r.length;if(e<c||e>h)return r.sort();const t=e<=A?p??=instantiateWasm(f):instantiateWasm(f);const n=v;const a=n+8*e;const s=wasmBuffer(t.memory,a+8*e);new Float64Array(s,n,e).set(r);const i=t.sort(n,a,e);const o=new Float64Array(s,i,e);const l=new Uint32Array(s,i,2*e);let u=0;for(let r=e;u<r;){const e=u+r>>>1;if(l[2*e+1]>>>31)r=e;else u=e+1}const g=e-u;for(let t=0;t<g;t++)r[t]=o[e-1-t];r.set(o.subarray(0,u),g);return r}const g=r(import.meta.url)("node:os");const d=r(import.meta.url)("node:path");const m=null&&1<<18;const w=new Set;let y=false;function createSpillDir(){const r=mkdtempSync(join(tmpdir(),"mlci-drift-spill-"));w.add(r);if(!y){y=true;process.on("exit",()=>w.forEach(r=>rmSync(r,{recursive:true,force:true})))}return r}function removeSpillDir(r){rmSync(r,{recursive:true,force:true});w.delete(r)}let x=0;function writeRun(r,e){const t=(0,d.join)(r,`run-${process.pid}-${a.threadId}-${x++}.f64`);const n=(0,s.openSync)(t,"wx");try{const r=Buffer.from(e.buffer,e.byteOffset,e.byteLength);for(let e=0;e<r.length;)e+=(0,s.writeSync)(n,r,e,r.length-e)}finally{(0,s.closeSync)(n)}return t}const E=1<<16;const I=[];const b=32;const B=new Float64Array(0);class RunReader{block;at=0;size=0;fd;position=0;constructor(r,e=E){this.block=(e===E?I.pop():undefined)??new Float64Array(e);this.fd=(0,s.openSync)(r,"r");this.fill()}fill(){const r=new Uint8Array(this.block.buffer);let e=0;while(e<r.length){const t=(0,s.readSync)(this.fd,r,e,r.length-e,this.position+e);if(t===0)break;e+=t}if(e%8!==0)throw new Error(`spilled run truncated at byte ${this.position+e}`);this.position+=e;this.size=e/8;this.at=0;if(this.size===0)this.close();return this.size>0}close(){if(this.fd<0)return;(0,s.closeSync)(this.fd);this.fd=-1;this.size=0;if(this.block.length===E&&I.length<b)I.push(this.block);this.block=B}}function readRun(r){const e=[];const t=new RunReader(r);while(t.size>0){e.push(t.block.slice(0,t.size));t.fill()}const n=new Float64Array(e.reduce((r,e)=>r+e.length,0));let a=0;for(const r of e){n.set(r,a);a+=r.length}return n}class DistinctStream{value=NaN;count=NaN;heads;sources;live;constructor(r){if(!r.sorted)throw new Error("DistinctStream needs a sorted sample");const e=(r.runs?.files??[]).map(r=>new RunReader(r)).filter(r=>r.size>0);this.sources=[];if(r.values.length>0)this.sources.push({block:r.values,weights:r.weights,at:0,size:r.values.length,run:undefined});for(const r of e)this.sources.push({block:r.block,weights:undefined,at:0,size:r.size,run:r});this.live=this.sources.length;this.heads=new Float64Array(this.live);this.sources.forEach((r,e)=>this.heads[e]=r.block[0])}next(){const r=this.heads;if(this.live===0)return false;let e=r[0];for(let t=1;t<this.live;t++)if(r[t]<e)e=r[t];let t=0;for(let n=0;n<this.live;){if(r[n]!==e){n++;continue}const a=this.sources[n];const s=a.weights;for(;;){t+=s!==undefined?s[a.at]:1;if(++a.at===a.size&&!this.refill(a))break;if(a.block[a.at]!==e)break}if(a.at<a.size){r[n]=a.block[a.at];n++}else{const e=--this.live;this.sources[n]=this.sources[e];r[n]=r[e]}}this.value=e;this.count=t;return true}refill(r){const e=r.run;if(e===undefined||!e.fill())return false;r.block=e.block;r.at=0;r.size=e.size;return true}close(){for(const r of this.sources)r.run?.close()}}function forEachDistinct(r,e){const t=new DistinctStream(r);while(t.next())e(t.value,t.count)}function collapse(r){const e=[];const t=[];forEachDistinct(r,(r,n)=>{e.push(r);t.push(n)});return{kind:"numeric",values:Float64Array.from(e),weights:Float64Array.from(t),sorted:true,missing:r.missing}}function weightedSample(r,e){const t=sortFloat64(r.distinct());const n=new Float64Array(t.length);for(let e=0;e<t.length;e++)n[e]=r.get(t[e]);return{kind:"numeric",values:t,weights:n,sorted:true,missing:e}}function observations(r){const e=r.runs?.count??0;if(!r.weights)return r.values.length+e;let t=e;for(const e of r.weights)t+=e;return t}function numericSample(r,e=0){const t=[];let n=0;for(let e=0;e<r.length;e++){if(Number.isFinite(r[e]))t.push(r[e]);else n++}return{kind:"numeric",values:Float64Array.from(t),sorted:false,missing:e+n}}function categoricalSample(r){const e=new Map;let t=0;for(const n of r){if(n===null||n===undefined||n==="")t++;else e.set(String(n),(e.get(String(n))??0)+1)}return{kind:"categorical",counts:e,missing:t}}function ensureSorted(r){if(!r.sorted){sortFloat64(r.values);r.sorted=true}return r.values}function sampleSize(r){if(r.kind==="numeric")return observations(r);if(r.kind==="binned")return r.counts.reduce((r,e)=>r+e,0);let e=0;for(const t of r.counts.values())e+=t;return e}function asCategorical(r){if(r.kind==="categorical")return r;const e=new Map;if(r.runs)forEachDistinct(r,(r,t)=>e.set(String(r),(e.get(String(r))??0)+t));else r.values.forEach((t,n)=>e.set(String(t),(e.get(String(t))??0)+(r.weights?r.weights[n]:1)));return{kind:"categorical",counts:e,missing:r.missing}}function distinctSorted(r,e=Infinity){let t=0;for(let n=0;n<r.length&&t<=e;n++)if(n===0||r[n]!==r[n-1])t++;return t}class ValueCounter{keys;counts;size=0;total=0;mask;scratch=new Float64Array(1);words=new Uint32Array(this.scratch.buffer);constructor(r=1<<12){this.keys=new Float64Array(r);this.counts=new Float64Array(r);this.mask=r-1}slot(r){this.scratch[0]=r;let e=Math.imul(this.words[0]^Math.imul(this.words[1],2654435761),2246822507);e^=e>>>15;e=Math.imul(e,3266489909);e^=e>>>13;return e&this.mask}add(r,e=1){const t=r+0;const n=this.keys;const a=this.counts;let s=this.slot(t);while(a[s]!==0){if(n[s]===t){a[s]+=e;this.total+=e;return}s=s+1&this.mask}n[s]=t;a[s]=e;this.size++;this.total+=e;if(this.size*2>n.length)this.grow()}get(r){const e=r+0;let t=this.slot(e);while(this.counts[t]!==0){if(this.keys[t]===e)return this.counts[t];t=t+1&this.mask}return 0}grow(){const r=this.keys;const e=this.counts;const t=this.keys=new Float64Array(r.length*2);const n=this.counts=new Float64Array(r.length*2);this.mask=t.length-1;for(let a=0;a<r.length;a++){if(e[a]===0)continue;let s=this.slot(r[a]);while(n[s]!==0)s=s+1&this.mask;t[s]=r[a];n[s]=e[a]}}distinct(){const r=new Float64Array(this.size);let e=0;for(let t=0;t<this.keys.length;t++)if(this.counts[t]!==0)r[e++]=this.keys[t];return r}}const C=Array.from({length:10},(r,e)=>10**e);const k=C.length-1;const Q=1<<20;const S=2**53;function decimalPlaces(r){for(let e=0;e<=k;e++){const t=Math.round(r*C[e]);if(Math.abs(t)<S&&t/C[e]===r)return e}return-1}class DecimalGrid{scale=-1;base=0;counts=new Uint32Array(0);total=0;unreachableScale=Infinity;maxSlots;constructor(r=Q){this.maxSlots=r}add(r){const e=this.scale;if(e>=0){const t=C[e];const n=Math.round(r*t);if(n/t===r){const e=n-this.base;if(e>=0&&e<this.counts.length){this.counts[e]++;this.total++;return true}return Math.abs(n)<S&&this.extend(n)&&this.add(r)}}const t=decimalPlaces(r);if(t<0)return false;if(e<0){this.scale=t;this.base=Math.round(r*C[t]);this.counts=new Uint32Array(16);return this.add(r)}return t>e&&t<this.unreachableScale&&this.refine(t)&&this.add(r)}addScaled(r){const e=r-this.base;if(e>=0&&e<this.counts.length){this.counts[e]++;this.total++;return true}if(!(Math.abs(r)<S)||!this.extend(r))return false;this.counts[r-this.base]++;this.total++;return true}extend(r){const[e,t]=this.occupied();const n=Math.min(this.base+e,r);const a=Math.max(this.base+t,r);const s=a-n+1;if(s>this.maxSlots)return false;const i=Math.min(this.maxSlots,Math.max(2*this.counts.length,2*s));const o=Math.max(n-Math.floor((i-s)/2),a-i+1);const l=new Uint32Array(i);l.set(this.counts.subarray(e,t+1),this.base+e-o);this.counts=l;this.base=o;return true}occupied(){const r=this.counts;let e=0;let t=r.length-1;while(e<=t&&r[e]===0)e++;while(t>=e&&r[t]===0)t--;return e<=t?[e,t]:[0,-1]}refine(r){const e=C[r-this.scale];const[t,n]=this.occupied();const a=Math.max(16,(n-t)*e+1);const s=(this.base+t)*e;if(a>this.maxSlots||Math.abs(s)+a>=S){this.unreachableScale=r;return false}const i=new Uint32Array(a);for(let r=t;r<=n;r++)i[(r-t)*e]=this.counts[r];this.counts=i;this.base=s;this.scale=r;return true}sorted(){const r=this.counts;let e=0;for(let t=0;t<r.length;t++)if(r[t]!==0)e++;const t=new Float64Array(e);const n=new Float64Array(e);const a=C[Math.max(0,this.scale)];for(let e=0,s=0;e<r.length;e++){if(r[e]===0)continue;t[s]=(this.base+e)/a;n[s++]=r[e]}return{values:t,weights:n}}}function mergeSortedParts(r){const e=r.filter(r=>r.values.length>0);if(e.length===0)return{values:new Float64Array(0)};if(e.length===1)return e[0];const t=e.some(r=>r.weights!==undefined);let n=e[0];const a=e.slice(1).sort((r,e)=>r.values.length-e.values.length);for(const r of a)n=t?mergeWeighted(n,r):mergePlain(n,r);return n}function mergePlain(r,e){const t=r.values;const n=e.values;const a=t.length;const s=n.length;const i=new Float64Array(a+s);let o=0;let l=0;for(let r=0;r<a+s;r++)i[r]=l===s||o<a&&t[o]<=n[l]?t[o++]:n[l++];return{values:i}}function mergeWeighted(r,e){const t=r.values;const n=e.values;const a=r.weights??new Float64Array(t.length).fill(1);const s=e.weights??new Float64Array(n.length).fill(1);const i=t.length;const o=n.length;let l=0;let u=0;let f=0;while(l<i&&u<o){const r=t[l];const e=n[u];if(r===e)f++;if(r<=e)l++;if(e<=r)u++}const c=new Float64Array(i+o-f);const v=new Float64Array(i+o-f);l=0;u=0;for(let r=0;r<c.length;r++){if(u===o||l<i&&t[l]<n[u]){c[r]=t[l];v[r]=a[l++]}else if(l===i||n[u]<t[l]){c[r]=n[u];v[r]=s[u++]}else{c[r]=t[l]+0;v[r]=a[l++]+s[u++]}}return{values:c,weights:v}}const M=Array.from({length:23},(r,e)=>10**e);const F=1024;const N=1073741823;const D=1<<16;const R=1<<12;const _=[];const U=8;class ColumnBuilder{grid=new DecimalGrid;gridParts=[];offGrid=0;convertedNumbers=0;counter=new ValueCounter;values=new Float64Array(0);length=0;missing=0;spillValues;spillDir;runFiles=[];runCount=0;counts;keyTable=new Int32Array(64);keyHash=[];keyBytes=[];keyText=[];keyCount=[];constructor(r){this.spillValues=r?Math.max(1,r.values):Infinity;this.spillDir=r?.dir}pushNumber(r){if(this.grid!==undefined){if(this.grid.add(r))return;if(++this.offGrid>F&&this.offGrid>this.grid.total)this.griddedParts()}const e=this.counter;if(e!==undefined){e.add(r);if(e.size*2>e.total&&e.total>=D)this.stopCounting();else if(e.total===R&&e.size===R)this.stopCounting();return}if(this.length>=this.spillValues)this.spillRun();else if(this.length===this.values.length)this.grow();this.values[this.length++]=r}plainRoom(){return this.grid===undefined&&this.counter===undefined?Math.min(this.values.length,this.spillValues)-this.length:0}pushDecimal(r,e,t){const n=this.grid;if(n!==undefined&&e<=n.scale){const a=r*M[n.scale-e];if(n.addScaled(t?-a:a))return}const a=r/M[e];this.pushNumber(t?-a:a)}grow(){const r=this.plainArray(this.values.length+1);r.set(this.values.subarray(0,this.length));this.values=r}plainArray(r){if(this.spillValues===Infinity)return new Float64Array(Math.max(1024,2*r));const e=r<=this.spillValues&&_.length>0&&_[_.length-1].length===this.spillValues;return e?_.pop():new Float64Array(Math.max(this.spillValues,r))}spillRun(){const r=sortFloat64(this.values.subarray(0,this.length));this.runFiles.push(writeRun(this.spillDir,r));this.runCount+=this.length;this.length=0}stopCounting(){const r=this.counter;this.counter=undefined;this.values=this.plainArray(r.total);for(let e=0;e<r.keys.length;e++){for(let t=r.counts[e];t>0;t--)this.values[this.length++]=r.keys[e]}}pushBytes(r,e,t){let n=2166136261;for(let a=e;a<t;a++)n=Math.imul(n^r[a],16777619);this.countBytes(r,e,t,n&N)}countBytes(r,e,t,n){this.countKey(r,e,t,n)}countKey(r,e,t,n){if(!this.counts)this.becomeCategorical();const a=this.keyTable;const s=a.length-1;let i=(n^n>>>16)&s;for(let o=a[i]-1;o>=0;o=a[i]-1){if(this.keyHash[o]===n&&sameBytes(this.keyBytes[o],r,e,t)){this.keyCount[o]++;return o}i=i+1&s}const o=this.keyText.length;this.keyBytes.push(Buffer.from(r.subarray(e,t)));this.keyText.push(r.toString("utf8",e,t));this.keyCount.push(1);this.keyHash.push(n);a[i]=o+1;if(2*(o+1)>a.length)this.growKeyTable();return o}countKnown(r,e,t){const n=this.keyCount;let a=e;for(;a<t;a++){const e=r[a];if(e<0)break;n[e]++}return a}growKeyTable(){const r=this.keyTable=new Int32Array(this.keyTable.length*2);const e=r.length-1;this.keyHash.forEach((t,n)=>{let a=(t^t>>>16)&e;while(r[a]!==0)a=a+1&e;r[a]=n+1})}pushText(r){const e=Buffer.from(r);this.pushBytes(e,0,e.length)}becomeCategorical(){this.counts=new Map;const r=this.counter;const e=this.values.subarray(0,this.length);const t=this.griddedParts();this.grid=undefined;this.gridParts=[];this.counter=undefined;this.values=new Float64Array(0);this.length=0;const add=(r,e)=>{const t=Buffer.from(String(r));this.convertedNumbers+=e;for(let r=0;r<e;r++)this.pushBytes(t,0,t.length)};if(r)for(let e=0;e<r.keys.length;e++)if(r.counts[e]!==0)add(r.keys[e],r.counts[e]);for(const r of t)r.values.forEach((e,t)=>add(e,r.weights[t]));for(const r of this.runFiles)for(const e of readRun(r))add(e,1);this.runFiles=[];this.runCount=0;for(const r of e)add(r,1)}griddedParts(){if(this.grid!==undefined&&this.grid.total>0)this.gridParts.push(this.grid.sorted());this.grid=undefined;return this.gridParts}finish(){if(this.counts){const r=new Map;this.keyText.forEach((e,t)=>r.set(e,(r.get(e)??0)+this.keyCount[t]));return{kind:"categorical",counts:r,missing:this.missing}}const r=this.griddedParts();if(this.runFiles.length>0){if(this.length>0)this.spillRun();if(this.values.length===this.spillValues&&_.length<U)_.push(this.values);this.values=new Float64Array(0);if(this.counter&&this.counter.total>0)r.push(weightedSample(this.counter,0));const{values:e,weights:t}=mergeSortedParts(r);const n={files:this.runFiles,count:this.runCount};return{kind:"numeric",values:e,...t?{weights:t}:{},sorted:true,missing:this.missing,runs:n}}if(r.length===0){if(this.counter)return weightedSample(this.counter,this.missing);return{kind:"numeric",values:this.values.subarray(0,this.length),sorted:false,missing:this.missing}}if(this.counter&&this.counter.total>0)r.push(weightedSample(this.counter,0));if(this.length>0)r.push({values:sortFloat64(this.values.subarray(0,this.length))});const{values:e,weights:t}=mergeSortedParts(r);return{kind:"numeric",values:e,...t?{weights:t}:{},sorted:true,missing:this.missing}}}function sameBytes(r,e,t,n){if(r.length!==n-t)return false;for(let n=0;n<r.length;n++)if(r[n]!==e[t+n])return false;return true}const G=-348;const q=347;const P=4294967296;const L=1/P;const z=9007199254740992;const j=new Uint32Array((q-G+1)*4);{const r=0xffffffffn;let e=1n;for(let t=0;t<=Math.max(-G,q);t++,e*=5n){const n=Math.floor(t*Math.log2(5))+1;for(const a of t===0?[0]:[t,-t]){if(a<G||a>q)continue;const t=a>=0?n<=128?e<<BigInt(128-n):e>>BigInt(n-128):(1n<<BigInt(n+127))/e;const s=(a-G)*4;j[s]=Number(t>>96n&r);j[s+1]=Number(t>>64n&r);j[s+2]=Number(t>>32n&r);j[s+3]=Number(t&r)}}}const W=new Float64Array(2047);{let r=Number.MIN_VALUE;for(let e=1;e<2047;e++,r*=2)W[e]=r}const T=[1,10,100,1e3,1e4,1e5,1e6,1e7,1e8,1e9,1e10,1e11,1e12,1e13,1e14,1e15,1e16,1e17,1e18,1e19,1e20,1e21,1e22];const $=new Uint32Array(4);const J=new Uint32Array(2);const V=new Float64Array(1);function mul64(r,e,t,n){const a=Math.imul(e,n)>>>0;const s=Math.round((e*n-a)*L);const i=Math.imul(e,t)>>>0;const o=Math.round((e*t-i)*L);const l=Math.imul(r,n)>>>0;const u=Math.round((r*n-l)*L);const f=Math.imul(r,t)>>>0;const c=Math.round((r*t-f)*L);const v=s+i+l;const A=v>>>0;const h=f+o+u+(v-A)*L;const p=h>>>0;$[0]=c+(h-p)*L;$[1]=p;$[2]=A;$[3]=a}function carries(r,e,t,n){return r+t+(e+n>=P?1:0)>=P}function eiselLemire(r){let e=J[0];let t=J[1];let n;if(e!==0){n=Math.clz32(e);if(n!==0){e=(e<<n|t>>>32-n)>>>0;t=t<<n>>>0}}else{const r=Math.clz32(t);n=32+r;e=t<<r>>>0;t=0}let a=(217706*r>>16)+64+1023-n;const s=(r-G)*4;mul64(e,t,j[s],j[s+1]);let i=$[0];let o=$[1];let l=$[2];let u=$[3];if((o&511)===511&&carries(l,u,e,t)){mul64(e,t,j[s+2],j[s+3]);const r=u+$[1];const n=r>>>0;const a=l+$[0]+(r>=P?1:0);const f=a>>>0;let c=o+(a>=P?1:0);let v=i;if(c>=P){c=0;v++}if((c&511)===511&&f===4294967295&&n===4294967295&&carries($[2],$[3],e,t))return false;i=v;o=c;l=f;u=n}const f=i>>>31;const c=f+10;let v=i*(4194304>>>f)+(o>>>c);const A=o>>>c-1&1;a-=1^f;if(l===0&&u===0&&(o&511)===0&&A===1&&(o>>>c&1)===0)return false;v+=A;if(v===z){v=z/2;a++}if(a<=0||a>=2047)return false;V[0]=v*W[a];return true}const O=20;const H=new Float64Array(O+1);const Y=new Float64Array(O+1);const K=new Float64Array(O+1);for(let r=0;r<=O;r++){const e=T[r];const t=134217729*e;H[r]=e;Y[r]=t-(t-e);K[r]=e-Y[r]}const Z=new Float64Array(1);const X=new Uint32Array(Z.buffer);function divideExact(r,e,t){const n=r*P;const a=n+e;const s=e-(a-n);const i=H[t];const o=a/i;const l=134217729*o;const u=l-(l-o);const f=o-u;const c=o*i;const v=Y[t];const A=K[t];const h=u*v-c+u*A+f*v+f*A;const p=a-c-h+s;Z[0]=o;const g=X[1];const d=X[0];if((g&1048575)===0&&d===0)return NaN;const m=W[g>>>20];const w=m*i*.5;if(p>w||p===w&&(d&1)===1)return o+m;if(p<-w||p===-w&&(d&1)===1)return o-m;return o}let rr=0;function decimalFallbacks(){return rr}function viaNumber(r,e,t){rr++;return Number(Buffer.from(r.buffer,r.byteOffset+e,t-e).toString("latin1"))}function parseDecimal(r,e,t){let n=e;let a=false;if(n<t){const e=r[n];if(e===45){a=true;n++}else if(e===43)n++}let s=0;let i=0;let o=0;let l=0;let u=0;let f=false;const c=n;for(;n<t;n++){const e=r[n]-48;if(e<0||e>9)break;if(l<15){s=s*10+e;if(s!==0)l++}else if(l<19){i=i*10+e;o++;l++}else{u++;if(e!==0)f=true}}let v=n>c;if(n<t&&r[n]===46){const e=++n;for(;n<t;n++){if(l!==0){while(l<14&&n+1<t){const e=r[n]-48;const t=r[n+1]-48;if(e>>>0>9||t>>>0>9)break;s=s*100+(e*10+t);l+=2;u-=2;n+=2}if(n===t)break}const e=r[n]-48;if(e<0||e>9)break;if(l<15){s=s*10+e;if(s!==0)l++;u--}else if(l<19){i=i*10+e;o++;l++;u--}else if(e!==0){f=true}}if(n>e)v=true}if(!v)return NaN;if(n<t&&(r[n]|32)===101){n++;let e=false;if(n<t){const t=r[n];if(t===45){e=true;n++}else if(t===43)n++}const a=n;let s=0;for(;n<t;n++){const e=r[n]-48;if(e<0||e>9)break;if(s<1e12)s=s*10+e}if(n===a)return NaN;u+=e?-s:s}if(n!==t)return NaN;if(l===0)return a?-0:0;if(l<=16&&u>=-22&&u<=22){const r=o===0?s:s*10+i;if(r<z){const e=u<0?r/T[-u]:r*T[u];return a?-e:e}}if(u>308)return a?-Infinity:Infinity;if(u<-342)return a?-0:0;let A=Math.floor(s*L);let h=s-A*P;if(o!==0){const r=T[o];const e=h*r+i;const t=Math.floor(e*L);h=e-t*P;A=A*r+t}if(!f&&u<=0&&u>=-O){const r=divideExact(A,h,-u);if(r===r)return a?-r:r}J[0]=A;J[1]=h;if(!eiselLemire(u))return viaNumber(r,e,t);const p=V[0];if(f){if(h===4294967295){J[0]=A+1;J[1]=0}else J[1]=h+1;if(!eiselLemire(u)||V[0]!==p)return viaNumber(r,e,t)}return a?-p:p}const er=new Set(["NA","NaN","nan","null","NULL","None","N/A"]);const tr=[...er].map(r=>Buffer.from(r));function isMissingMarker(r,e,t){if(t-e>4||r[e]!==78&&r[e]!==110)return false;for(const n of tr)if(sameBytes(n,r,e,t))return true;return false}function pushField(r,e,t,n){while(t<n&&e[t]===32)t++;while(n>t&&e[n-1]===32)n--;if(n===t||isMissingMarker(e,t,n)){r.missing++;return}if(!r.counts){const a=parseDecimal(e,t,n);if(Number.isFinite(a)){r.pushNumber(a);return}}r.pushBytes(e,t,n)}const nr=Array.from({length:16},(r,e)=>10**e);function scanPlainLines(r,e,t,n,a){const s=n.length;let i;let o=e;while(o<t){let e=r[o];if(e===10||e===13&&r[o+1]===10){o+=e===10?1:2;a.line++;continue}let t=0;for(;;){const a=o;const l=t<s?n[t]:undefined;if(l!==undefined&&l.counts===undefined){const t=e===45;if(t)e=r[++o];const n=o;let s=0;while(e>=48&&e<=57){s=s*10+(e-48);e=r[++o]}let u=o-n;let f=0;if(e===46){const t=++o;e=r[o];while(e>=48&&e<=57){s=s*10+(e-48);e=r[++o]}f=o-t;u+=f}if((e===44||e===10)&&u>0&&u<=15){const r=l.grid;if(r!==undefined&&f<=r.scale){const e=(t?-s:s)*nr[r.scale-f]-r.base;if(e>=0&&e<r.counts.length){r.counts[e]++;r.total++}else l.pushDecimal(s,f,t)}else l.pushDecimal(s,f,t)}else if((e===44||e===10)&&u>15&&Number.isFinite(i=parseDecimal(r,a,o))){l.pushNumber(i)}else{while(e!==44&&e!==10)e=r[++o];other(l,r,a,o,e)}}else if(l!==undefined){let t=2166136261;while(e!==44&&e!==10){t=Math.imul(t^e,16777619);e=r[++o]}const n=r[a];const s=r[o-1];if(o===a||n===32||s===32||s===13)other(l,r,a,o,e);else if((n===78||n===110)&&isMissingMarker(r,a,o))l.missing++;else l.countBytes(r,a,o,t&N)}else{while(e!==44&&e!==10)e=r[++o]}t++;o++;if(e===10)break;e=r[o]}a.line++;if(t>s)throw new UserError(`${a.file}:${a.line}: ${t} fields, but the header has ${s}`,{file:a.file,line:a.line});for(;t<s;t++)if(n[t]!==undefined)n[t].missing++;a.rows++}}function other(r,e,t,n,a){let s=n;if(a===10&&s>t&&e[s-1]===13)s--;if(r.counts!==undefined&&s>t&&e[t]!==32&&e[s-1]!==32&&e[t]!==78&&e[t]!==110)r.pushBytes(e,t,s);else pushField(r,e,t,s)}const ar="AGFzbQEAAAABIANgA35/fwF8YAR/f39/AX9gDH9/f39/f39/f39/fwF/AwQDAAECBQMBAAEGBgF/AUEACwcYAwZtZW1vcnkCAARzdG9wAwAEc2NhbgACCrEJA4MCBAp8AX4CfAF/IAIgAUEYbGohECAAuiEDIAAgA7F9uSEEIBArAwAhBSADIAWjIQZEAAAAAgAAoEEgBqIhByAHIAcgBqGhIQggBiAIoSEJIAYgBaIhCiAIIBArAwiiIAqhIAggECsDEKKgIAkgECsDCKKgIAkgECsDEKKgIQsgAyAKoSALoSAEoCEMIAa9IQ0gDUL/////////B4NQBEBEAAAAAAAA+H8PCyANQjSIQjR9QjSGvyEOIA4gBaJEAAAAAAAA4D+iIQ8gDCAPZCAMIA9hIA1CAYOncXIEQCAGIA6gDwsgDCAPmmMgDCAPmmEgDUIBg6dxcgRAIAYgDqEPCyAGC6EBAQV/IAEgAUEQdnNB/wdxIQQDQCAAIARBA3RqIQUgBSgCBCEGIAZFBEBBfw8LIAUoAgAgAUYEQCAAQYDAAGogBkEBa0EMbGohBiAGKAIEIANGBEAgBigCACEHQQAhCAJAA0AgCCADSQRAIAcgCGotAAAgAiAIai0AAEcNAiAIQQFqIQgMAQsLIAYoAggPCwsLIARBAWpB/wdxIQQMAAtBfwuGBgUJfwF+BX8BfAF/IAAhDAJAA0AgDCENIAwgAU8NASAOIANPDQEgDC0AACEQIBBBCkYgEEENRnINAUEAIQ8DQCAPIAJPDQIgBCAPai0AACESIAwhEyAPIANsIA5qIRQgEkEBRgRAIBBBLUYhGCAYBEAgDEEBaiEMIAwtAAAhEAsgDCEZQgAhFQJAA0AgEEEwayERIBFBCk8NASAVQgp+IBGtfCEVIAxBAWohDCAMLQAAIRAMAAsLIAwgGWshFkEAIRcgEEEuRgRAIAxBAWohDCAMIRkgDC0AACEQAkADQCAQQTBrIREgEUEKTw0BIBVCCn4gEa18IRUgDEEBaiEMIAwtAAAhEAwACwsgDCAZayEXIBYgF2ohFgsgEEEsRyAQQQpHcQ0DIBZFDQMgFkETSw0DIBZBD00EQCAFIBRBA3RqIBW6OQMAIAYgFEECdGogFyAYQRB0cjYCAAUgFUKAgICAgICAEFQEQCAVuiAKIBdBGGxqKwMAoyEbBSAVIBcgChAAIRsLIBsgG2EEQCAYBEAgG5ohGwsgBSAUQQN0aiAbOQMAIAYgFEECdGogF0GAAnIgGEEQdHI2AgAFIAYgFEECdGogF0GABHIgGEEQdHI2AgALCyAHIBRBAnRqIBM2AgAgCCAUQQJ0aiAMNgIABSASQQJGBEBBxbvyiHghGgJAA0AgEEEsRg0BIBBBCkYNASAaIBBzQZODgAhsIRogDEEBaiEMIAwtAAAhEAwACwsgDCATRg0EIBMtAABBIEYNBCAMQQFrLQAAIRwgHEEgRiAcQQ1Gcg0EIAYgFEECdGogDyALSQR/IA9BgLABbCAaIBMgDCATaxABBUF/CzYCACAHIBRBAnRqIBM2AgAgCCAUQQJ0aiAMNgIAIAkgFEECdGogGjYCAAUCQANAIBBBLEYNASAQQQpGDQEgDEEBaiEMIAwtAAAhEAwACwsLCyAPQQFqIQ8gDEEBaiEMIBBBCkcEQCAMLQAAIRAMAQsLIA8gAkcNASAOQQFqIQ4MAAsLIA0kACAOCw==";const sr=Array.from({length:16},(r,e)=>10**e);const ir=4096;const or=1<<14;const lr=8192;let ur;function instance(){return ur??=instantiateWasm(ar)}const fr=22528;const cr=256;const vr=1024;const Ar=512;const hr=8192;const pr=14336;const gr=fr-pr;const dr=[];const mr=[];const wr=[];const yr=[];function resetTable(r,e,t){r.fill(0,e*fr,e*fr+8*vr);dr[e]=t&&new WeakRef(t);mr[e]=0;wr[e]=0;yr[e]=new Uint8Array(64)}function register(r,e,t,n,a,s){if(e>=cr)return;let i=yr[e];if(t<i.length&&i[t]===1)return;const o=mr[e];if(o>=Ar||wr[e]+s>gr)return;if(t>=i.length){const r=new Uint8Array(Math.max(2*i.length,t+1));r.set(i);yr[e]=i=r}i[t]=1;const l=e*fr;const u=new Uint8Array(r);const f=l+pr+wr[e];u.copyWithin(f,a,a+s);wr[e]+=s;const c=new Int32Array(r,l,hr+12*Ar>>2);const v=(hr>>2)+3*o;c[v]=f;c[v+1]=s;c[v+2]=t;let A=(n^n>>>16)&vr-1;while(c[2*A+1]!==0)A=A+1&vr-1;c[2*A]=n;c[2*A+1]=o+1;mr[e]=o+1}function scanPlainLinesWasm(r,e,t,n,a,s={}){const i=t-e;const o=n.length;if(i<(s.minBytes??ir)||o===0)return scanPlainLines(r,e,t,n,a);const l=instance();const u=Math.max(1,Math.min(s.maxRows??lr,Math.floor(or/o)));const f=Math.min(o,cr);const c=f*fr;const v=c+i+8+7&~7;const A=v+o+7&~7;const h=o*u;const p=A+23*24;const g=p+8*h;const d=g+4*h;const m=d+4*h;const w=m+4*h;const y=w+4*h;const x=wasmBuffer(l.memory,y);const E=new Uint8Array(x);for(let r=0;r<f;r++)if(dr[r]?.deref()!==n[r])resetTable(E,r,n[r]);E.set(r.subarray(e,t),c);const I=new Float64Array(x,A,3*23);for(let r=0;r<=22;r++){const e=10**r;const t=134217729*e;I[3*r]=e;I[3*r+1]=t-(t-e);I[3*r+2]=e-I[3*r+1]}const b=new Float64Array(x,p,h);const B=new Int32Array(x,g,h);const C=new Int32Array(x,d,h);const k=new Int32Array(x,m,h);const Q=new Int32Array(x,w,h);const S=e-c;let M=0;while(M<i){for(let r=0;r<o;r++){const e=n[r];E[v+r]=e===undefined?0:e.counts===undefined?1:2}const t=l.scan(c+M,c+i,o,u,v,p,g,d,m,w,A,f);for(let e=0;e<o;e++){const a=n[e];if(a===undefined)continue;const s=e*u;if(a.counts===undefined)numericFields(a,r,S,b,B,C,k,s,s+t);else categoricalFields(a,e,r,S,x,B,C,k,Q,s,s+t)}a.line+=t;a.rows+=t;M=l.stop.value-c;if(M<i&&t<u){const t=r.indexOf(10,e+M)+1;scanPlainLines(r,e+M,t,n,a);M=t-e}}}function numericFields(r,e,t,n,a,s,i,o,l){let u=o;while(u<l){const o=r.grid;if(o!==undefined){const f=o.counts;const c=o.scale;const v=o.base;let A=0;for(;u<l;u++,A++){const r=a[u];if((r&65280)!==0||(r&255)>c)break;const e=n[u];const t=(r>>>16!==0?-e:e)*sr[c-(r&255)]-v;if(!(t>=0&&t<f.length))break;f[t]++}o.total+=A;if(u<l)wasm_lines_pushField(r,e,t,n,a,s,i,u++);continue}let f=r.plainRoom();if(f>0){const o=r.values;let c=r.length;for(;u<l&&f>0;u++,f--){const r=a[u];let l;if((r&65280)===0){l=n[u]/sr[r&255];if(r>>>16!==0)l=-l}else l=exact(r,e,t,n,s,i,u);o[c++]=l}r.length=c;if(u===l)break}wasm_lines_pushField(r,e,t,n,a,s,i,u++)}}function wasm_lines_pushField(r,e,t,n,a,s,i,o){const l=a[o];if((l&65280)===0)r.pushDecimal(n[o],l&255,l>>>16!==0);else r.pushNumber(exact(l,e,t,n,s,i,o))}function exact(r,e,t,n,a,s,i){return(r&65280)===256?n[i]:parseDecimal(e,t+a[i],t+s[i])}function categoricalFields(r,e,t,n,a,s,i,o,l,u,f){for(let c=r.countKnown(s,u,f);c<f;c=r.countKnown(s,c+1,f)){const s=n+i[c];const u=n+o[c];const f=t[s];if((f===78||f===110)&&isMissingMarker(t,s,u))r.missing++;else register(a,e,r.countKey(t,s,u,l[c]&N),l[c],i[c],u-s)}}const xr=4<<20;let Er;function readCsvRange(r){const e=r.header.map((e,t)=>r.selected[t]?new ColumnBuilder(r.spill):undefined);const t={file:r.file,line:0,rows:0};const n=(0,s.openSync)(r.file,"r");let a=Er??Buffer.allocUnsafe(xr);Er=undefined;let i=0;let o=r.afterHeader?r.start:r.start-1;let l=r.afterHeader?r.start:-1;let u=-1;try{while(u<0){if(i===a.length){const r=Buffer.allocUnsafe(a.length*2);a.copy(r,0,0,i);a=r}const f=(0,s.readSync)(n,a,i,a.length-i,o+i);i+=f;const c=f===0;if(l<0){const e=a.subarray(0,i).indexOf(10);if(e===-1){if(c)return{quoted:false,begin:o+i,end:o+i,rows:0,columns:[]};o+=i;i=0;continue}a.copy(a,0,e+1,i);o+=e+1;i-=e+1;l=o;if(r.stop!==undefined&&l>=r.stop)return{quoted:false,begin:l,end:l,rows:0,columns:[]}}let v;const A=r.stop===undefined?-1:Math.max(0,r.stop-1-o);const h=A>=0&&A<i?a.subarray(0,i).indexOf(10,A):-1;if(h!==-1){v=h+1;u=o+v}else if(c){u=o+i;if(i>0&&a[i-1]!==10){if(i===a.length){u=-1;continue}a[i++]=10}v=i}else{v=a.subarray(0,i).lastIndexOf(10)+1;if(v===0)continue}if(v>0){if(a.subarray(0,v).includes(34))return{quoted:true};scanPlainLinesWasm(a,0,v,e,t)}a.copy(a,0,v,i);o+=v;i-=v}}finally{(0,s.closeSync)(n)}if(a.length===xr)Er=a;const f=e.map(r=>{if(r===undefined)return undefined;const e=r.finish();if(e.kind==="numeric")ensureSorted(e);return{sample:e,convertedNumbers:r.convertedNumbers}});return{quoted:false,begin:l,end:u,rows:t.rows,columns:f}}function transferables(r){const e=new Set;if(!r.quoted){for(const t of r.columns){if(t?.sample.kind!=="numeric")continue;e.add(t.sample.values.buffer);if(t.sample.weights)e.add(t.sample.weights.buffer)}}return[...e]}const Ir=1e3;const br=5;function chooseTest(r,e,t){const n=e<=Ir;const a=`${e.toLocaleString("en-US")} reference values (${n?"≤":">"} ${Ir.toLocaleString("en-US")})`;if(r==="numeric"&&t>br){return n?{test:"ks",reason:`numeric, ${t} distinct values, ${a}: exact KS test`}:{test:"wasserstein",reason:`numeric, ${a}: Wasserstein distance normed by the reference stdev`}}const s=r==="numeric"?`numeric with ${t} distinct values (≤ ${br}), treated as categories`:`categorical, ${t} categories`;if(!n)return{test:"jensenshannon",reason:`${s}, ${a}: Jensen-Shannon distance`};if(t<=2)return{test:"z",reason:`${s}, ${a}: Z-test for proportions`};return{test:"chisquare",reason:`${s}, ${a}: chi-square test`}}const Br=10;function quantileEdges(r,e=Br,t){if(t)return weightedQuantileEdges(r,t,e);const n=r.length;if(n===0)throw new RangeError("quantileEdges needs a non-empty reference");const a=[];const s=[];for(let t=0;t<n&&s.length<=e;t++){if(t===0||r[t]!==r[t-1])s.push(r[t])}if(s.length<=e)return Float64Array.from(s.slice(0,-1));for(let t=1;t<e;t++){const s=Math.min(n-1,Math.max(0,Math.ceil(t*n/e)-1));const i=r[s];if(a.length===0||i>a[a.length-1])a.push(i)}if(a.length>0&&a[a.length-1]===r[n-1])a.pop();return Float64Array.from(a)}function weightedQuantileEdges(r,e,t){const n=r.length;if(n===0)throw new RangeError("quantileEdges needs a non-empty reference");if(n<=t)return Float64Array.from(Array.from(r).slice(0,-1));let a=0;for(let r=0;r<n;r++)a+=e[r];const s=[];let i=0;let o=e[0];for(let n=1;n<t;n++){const l=Math.min(a-1,Math.max(0,Math.ceil(n*a/t)-1));while(o<=l)o+=e[++i];const u=r[i];if(s.length===0||u>s[s.length-1])s.push(u)}if(s.length>0&&s[s.length-1]===r[n-1])s.pop();return Float64Array.from(s)}function binIndex(r,e){let t=0;let n=r.length;while(t<n){const a=t+n>>>1;if(e<=r[a])n=a;else t=a+1}return t}function binCounts(r,e){const t=new Float64Array(r.length+1);for(let n=0;n<e.length;n++)t[binIndex(r,e[n])]++;return t}function binCountsSorted(r,e,t){const n=new Float64Array(r.length+1);let a=0;for(let s=0;s<e.length;s++){const i=e[s];while(a<r.length&&i>r[a])a++;n[a]+=t?t[s]:1}return n}function alignCategories(r,e){const t=[...r.keys()];const n=[];for(const a of e.keys()){if(!r.has(a)){t.push(a);n.push(a)}}const a=new Float64Array(t.length);const s=new Float64Array(t.length);t.forEach((t,n)=>{a[n]=r.get(t)??0;s[n]=e.get(t)??0});return{categories:t,reference:a,current:s,unseen:n}}var Cr=__nccwpck_require__(5479);var kr=__nccwpck_require__.n(Cr);function chiSquareTest(r,e){const t=r.length;if(e.length!==t)throw new RangeError("chiSquareTest needs aligned count arrays");let n=0;let a=0;for(let s=0;s<t;s++){n+=r[s];a+=e[s]}if(n===0||a===0)throw new RangeError("chiSquareTest needs non-empty samples");let s=0;for(let i=0;i<t;i++){const t=r[i]/n*a;const o=e[i];if(t===0){if(o>0)s=Infinity;continue}s+=(o-t)**2/t}const i=t-1;if(i<=0)return{statistic:s,pValue:1,degreesOfFreedom:i};const o=s===Infinity?0:kr()(s/2,i/2,true,true);return{statistic:s,pValue:o,degreesOfFreedom:i}}const Qr=1e-4;function shares(r){let e=0;for(let t=0;t<r.length;t++)e+=r[t];if(!(e>0))throw new RangeError("a distribution needs a positive total count");const t=new Float64Array(r.length);for(let n=0;n<r.length;n++)t[n]=r[n]/e;return t}function aligned(r,e){if(r.length!==e.length)throw new RangeError("distributions must have the same bins")}function relEntr(r,e){if(r===0)return 0;if(e===0)return Infinity;return r*Math.log(r/e)}function jensenShannonDistance(r,e){aligned(r,e);const t=shares(r);const n=shares(e);let a=0;for(let r=0;r<t.length;r++){const e=(t[r]+n[r])/2;a+=relEntr(t[r],e)+relEntr(n[r],e)}return Math.sqrt(Math.max(0,a)/2)}function hellingerDistance(r,e){aligned(r,e);const t=shares(r);const n=shares(e);let a=0;for(let r=0;r<t.length;r++)a+=(Math.sqrt(t[r])-Math.sqrt(n[r]))**2;return Math.sqrt(a)/Math.SQRT2}function smoothed(r){const e=shares(r);for(let r=0;r<e.length;r++)if(e[r]===0)e[r]=Qr;return e}function populationStabilityIndex(r,e){aligned(r,e);const t=smoothed(r);const n=smoothed(e);let a=0;for(let r=0;r<t.length;r++)a+=(n[r]-t[r])*Math.log(n[r]/t[r]);return a}function klDivergence(r,e){aligned(r,e);const t=shares(smoothed(r));const n=shares(smoothed(e));let a=0;for(let r=0;r<t.length;r++)a+=relEntr(t[r],n[r]);return a}const Sr=128;const Mr=2**Sr;const Fr=2**-Sr;const Nr=Math.log(2*Math.PI);const Dr=Math.sqrt(2*Math.PI);const Rr=-708;const _r=Math.PI**2;const Ur=Math.PI**4;const Gr=Math.PI**6;const qr=[-.029550653594771242,.00641025641025641,-.0019175269175269176,.0008417508417508417,-.0005952380952380953,.0007936507936507937,-.002777777777777778,.08333333333333333];const clip=r=>Math.min(1,Math.max(0,r));function logFactorialOverPower(r){const e=1/r;let t=0;for(const n of qr)t=t*(e/r)+n;return Math.log(r)/2-r+Nr/2+e*t}function smirnovSf(r,e){if(!(e>0))return 1;if(e>=1)return 0;const t=Math.floor(r*(1-e));let n=0;let a=0;let s=0;const i=Math.log(e);for(let o=0;o<=t;o++){const t=e+o/r;const l=1-t;if(l>0||o===r){const e=n+i+(o-1)*Math.log(t)+(r-o>0?(r-o)*Math.log1p(-t):0);if(e>-745)s+=Math.exp(e)}const u=Math.log((r-o)/(o+1))-a;const f=n+u;a=f-n-u;n=f}return clip(s)}function durbinCdf(r,e){if(e>=1)return 1;const t=r*e;if(t<=.5)return 0;const n=Math.ceil(t);const a=n-t;const s=2*n-1;const i=new Float64Array(s);const o=new Float64Array(s);let l=1;for(let r=1;r<=s;r++){o[r-1]=l;l/=r;i[r-1]=(1-a**r)*l}const u=Math.max(2*a-1,0)**s-2*a**s;i[s-1]=(1+u)*l;let f=new Float64Array(s*s);for(let r=1;r<s;r++)for(let e=r-1;e<s;e++)f[e*s+r]=o[e-r+1];for(let r=0;r<s;r++)f[r*s]=i[r];for(let r=0;r<s;r++)f[(s-1)*s+r]=i[s-1-r];let c=new Float64Array(s*s);for(let r=0;r<s;r++)c[r*s+r]=1;let v=r;let A=0;let h=0;while(v>0){if(v%2){c=matmul(c,f,s);A+=h}f=matmul(f,f,s);h*=2;if(Math.abs(f[(n-1)*s+(n-1)])>Mr){for(let r=0;r<f.length;r++)f[r]/=Mr;h+=Sr}v=Math.floor(v/2)}let p=c[(n-1)*s+(n-1)];for(let e=1;e<=r;e++){p=e*p/r;if(Math.abs(p)<Fr){p*=Mr;A-=Sr}}return clip(p*2**A)}function matmul(r,e,t){const n=new Float64Array(t*t);for(let a=0;a<t;a++){for(let s=0;s<t;s++){const i=r[a*t+s];if(i===0)continue;for(let r=0;r<t;r++)n[a*t+r]+=i*e[s*t+r]}}return n}function pomeranzBounds(r,e,t,n,a){let s;let i;if(r===0){s=-t-n-1;i=t+n-1}else{const o=Math.floor((r+1)/2);if((r+1)%2===0){if(o===e+1){s=e-t-n-1;i=e+t+n-1}else{s=o-1-t-a-1;i=o+t-1+n-1}}else{s=o-1-t-1;i=o+t+a-1}}return[Math.max(s+2,0),Math.min(i,e)]}function pomeranzCdf(r,e){const t=r*e;const n=Math.floor(t);const a=t-n;const s=Math.min(a,1-a);const i=a>0?1:0;const o=a>.5?1:0;const l=2*(n+1);const u=new Float64Array(l);const f=new Float64Array(l);const c=new Float64Array(l);u[0]=f[0]=c[0]=1;for(let e=1;e<l;e++){u[e]=u[e-1]*(s/r)/e;f[e]=f[e-1]*(2*s/r)/e;c[e]=c[e-1]*((1-2*s)/r)/e}let v=new Float64Array(l);let A=new Float64Array(l);A[0]=1;let h=0;let p=0;let g=0;let[d]=pomeranzBounds(0,r,n,i,o);let m;for(let e=1;e<2*r+2;e++){const t=d;[v,A]=[A,v];[h,p]=[p,h];A.fill(0);[d,m]=pomeranzBounds(e,r,n,i,o);const a=e===1||e===2*r+1?u:e%2?f:c;const s=m-t+1;if(s>0){const r=d-t;const e=m-d+1;let n=0;for(let i=r;i<r+e;i++){let e=0;for(let r=0;r<=i&&r<s;r++)if(i-r<s)e+=(v[t-h+r]??0)*a[i-r];A[i-r]=e;if(e>n)n=e}if(n>0&&n<Fr){for(let r=0;r<l;r++)A[r]*=Mr;g-=Sr}p=h+d-t}}let w=A[r-p];for(let e=1;e<=r;e++){if(Math.abs(w)>Mr){w*=Fr;g+=Sr}w*=e}return clip(w*2**g)}function pelzGoodCdf(r,e){if(e<=0)return 0;if(e>=1)return 1;const t=Math.sqrt(r)*e;const n=t*t;const a=n*t;const s=n*n;const i=s*n;const o=-_r/8/n;if(o<Rr)return 0;let l=Math.exp(o);const u=-n;const f=_r/4;const c=6*i+2*s;const v=(2*s-5*n)*_r/4;const A=Ur*(1-2*n)/16;const h=Gr*(5-30*n)/64;const p=Ur*(-60*n+212*s)/16;const g=_r*(135*s-96*i)/4;const d=-30*i-90*t**8;const m=[0,0,0,0];const w=Math.ceil(16*t/Math.PI);for(let r=w;r>0;r--){const e=2*r-1;const t=e*e;const n=t*t;const a=n*t;const s=l**(8*r);m[0]=m[0]*s+1;m[1]=m[1]*s+(u+f*t);m[2]=m[2]*s+(c+v*t+A*n);m[3]=m[3]*s+(d+g*t+p*n+h*a)}const y=[t,6*s,72*t**7,6480*t**10];for(let r=0;r<4;r++)m[r]=m[r]*l*Dr/y[r];l=Math.exp(-_r/2/n);let x=0;let E=0;const I=Math.sqrt(3)*t;for(let r=w;r>0;r--){const e=r*r;const t=l**e;x+=e*t;E+=(I+Math.PI*r)*(I-Math.PI*r)*e*t}m[2]+=x*(_r*Dr/(-36*a));m[3]+=E*(_r*Dr/(216*i));let b=0;for(let e=0;e<4;e++)b+=m[e]/r**(e/2);return b}function kolmogorovSf(r,e){if(!Number.isInteger(r)||r<=0)throw new RangeError(`kolmogorovSf needs a positive integer n, got ${r}`);if(e>=1)return 0;if(e<=0)return 1;const t=r*e;if(t<=1){if(t<=.5)return 1;let e;if(r<=140){e=1;for(let n=1;n<=r;n++)e*=n/r*(2*t-1)}else{e=Math.exp(logFactorialOverPower(r)+r*Math.log(2*t-1))}return clip(1-e)}if(t>=r-1)return clip(2*(1-e)**r);if(e>=.5)return clip(2*smirnovSf(r,e));const n=t*e;if(r<=140){if(n<=.754693)return clip(1-durbinCdf(r,e));if(n<=4)return clip(1-pomeranzCdf(r,e));return clip(2*smirnovSf(r,e))}if(n>=370)return 0;if(n>=2.2)return clip(2*smirnovSf(r,e));let a;if(n>=18)a=1;else if(r<=1e5&&r*e**1.5<=1.4)a=durbinCdf(r,e);else a=pelzGoodCdf(r,e);return clip(1-a)}const Pr=1e4;function ksTwoSample(r,e,t={}){const n=t.sorted?r:Float64Array.from(r).sort();const a=t.sorted?e:Float64Array.from(e).sort();return ksSorted(n,undefined,a,undefined,t.method)}function ksSorted(r,e,t,n,a="auto"){const s=total(r,e);const i=total(t,n);if(s===0||i===0)throw new RangeError("ksTwoSample needs two non-empty samples");const{d:o,location:l}=ksStatistic(r,t,e,n);return ksResult(o,l,s,i,a)}function ksResult(r,e,t,n,a="auto"){const s=gcd(t,n);let i=a;if(i==="auto")i=Math.max(t,n)<=Pr?"exact":"asymptotic";else if(i==="exact"&&t/s>=2147483647/(n/s))i="asymptotic";if(i==="exact"){const a=t/s*n;const i=roundHalfEven(r*a);const o=i/a;if(i===0)return{statistic:o,pValue:1,method:"exact",location:e};const l=t===n?probOutsideSquare(t,i):outerProbInside(t,n,s,i);if(Number.isFinite(l)&&l>=0&&l<=1)return{statistic:o,pValue:l,method:"exact",location:e};return asymptotic(o,t,n,e)}return asymptotic(r,t,n,e)}function total(r,e){if(!e)return r.length;let t=0;for(let r=0;r<e.length;r++)t+=e[r];return t}function asymptotic(r,e,t,n){const a=Math.max(e,t);const s=Math.min(e,t);const i=a*s/(a+s);const o=kolmogorovSf(roundHalfEven(i),r);return{statistic:r,pValue:Math.min(1,Math.max(0,o)),method:"asymptotic",location:n}}function ksStatistic(r,e,t,n){const a=total(r,t);const s=total(e,n);const i=r.length;const o=e.length;let l=0;let u=0;let f=0;let c=0;let v=-Infinity;let A=Infinity;let h=NaN;let p=NaN;while(l<i||u<o){const g=u>=o||l<i&&r[l]<=e[u]?r[l]:e[u];while(l<i&&r[l]<=g)f+=t?t[l++]:(l++,1);while(u<o&&e[u]<=g)c+=n?n[u++]:(u++,1);const d=f/a-c/s;if(d>v){v=d;h=g}if(d<A){A=d;p=g}}const g=Math.min(1,Math.max(0,-A));return g>v?{d:g,location:p}:{d:v,location:h}}function probOutsideSquare(r,e){let t=0;for(let n=Math.floor(r/e);n>=0;n--){let a=1;for(let t=0;t<e;t++)a=(r-n*e-t)*a/(r+n*e+t+1);t=a*(1-t)}return 2*t}function outerProbInside(r,e,t,n){const a=Math.max(r,e);const s=Math.min(r,e);const i=a/t;const o=s/t;let l=0;let u=Math.min(Math.ceil(n/i),s+1);let f=u-l;const c=Math.min(2*u+2,s+1);const v=new Float64Array(c).fill(1);v.fill(0,l,u);for(let r=1;r<=a;r++){const e=l;const t=f;l=Math.min(Math.max(Math.floor((o*r-n)/i)+1,0),s);u=Math.min(Math.ceil((o*r+n)/i),s+1);if(u<=l)return 1;let a=l===0?0:1;for(let t=0;t<u-l;t++){const n=t+l;a=(v[t+l-e]*r+a*n)/(r+n);v[t]=a}f=u-l;if(t>f)v.fill(1,u-l,Math.min(c,u-l+(t-f)))}return v[u-l-1]}function gcd(r,e){while(e)[r,e]=[e,r%e];return r}function roundHalfEven(r){const e=Math.round(r);return Math.abs(r%1)===.5&&e%2!==0?e-1:e}const Lr="AGFzbQEAAAABMAdgCn9/f39/f39/fHwAYAF8AXxgAX8BfGACf38BfGADf39/AGAEf39/fAF8YAABfwMIBwABAgMEBQYFAwEAAQagAiN/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt8AUQAAAAAAAAAAAt8AUQAAAAAAAAAAAt/AUEAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC3wBRAAAAAAAAAAAC38BQQALfwFBAAt8AUQAAAAAAAAAAAt/AUEACweBARAGbWVtb3J5AgAKbGl2ZUNvdW50QQMFCmxpdmVDb3VudEIDBgJjYQMSAmNiAxMEbWF4UwMUBG1pblMDFQVtYXhBdAMWBW1pbkF0AxcEYXJlYQMZAm0yAxwGZmlyc3RzAx8JZWRnZUNvdW50AyADbWF4AyEEaW5pdAAABHdhbGsABgrjCQeKAgEBfyAAJAAgBSQDIAUgAkEDdGokBCABJAEgAiQFIAMkAiAEJAYgByQOIAdBA3QhCiAGJAgjCCAKQQhqaiQJIwkgCkEIamokCiMKIApBCGpqJAsjCyAKaiQMIwwgCmokDSAIJA8gCSQQQQAkB0EAJBFEAAAAAAAAAAAkEkQAAAAAAAAAACQTRAAAAAAAAPD/JBREAAAAAAAA8H8kFUQAAAAAAAD4fyQWRAAAAAAAAPh/JBdEAAAAAAAAAAAkGUQAAAAAAAAAACQaRAAAAAAAAAAAJBtEAAAAAAAAAAAkHEQAAAAAAADwPyQdRAAAAAAAAPA/EAEkHkEAJB9BACQgRAAAAAAAAPh/JCELLQAjD0QAAAAAAADwP6FEAAAAAAAAAAAgACMPoiMOuKObRAAAAAAAAPA/oaWkCxMAIAAoAgggACgCAEEDdGorAwALQgICfAF/IAArAwAhAiAAIAFBA3RqIQQCQANAIABBCGohACAAIARPDQEgACsDACEDIAMgAmMEQCADIQILDAALCyACCzgBAX8CQANAIAMgAk8NASABIANBA3RqIwAgACADQQJ0aigCAEEFdGoQAjkDACADQQFqIQMMAAsLC6oCAgF8B39EAAAAAAAAAAAhBEEAIQUCQANAIAUgAk8NASABIAVBA3RqKwMAIANiBEAgBUEBaiEFDAELIwAgACAFQQJ0aigCAEEFdGohBiAGKAIAIQcgBigCCCEJIAYoAgQhCCAGKAIMIQoCQANAIAQgCgR8IAogB0EDdGorAwAFRAAAAAAAAPA/C6AhBCAHQQFqIQcgByAIRg0BIAkgB0EDdGorAwAgA2ENAAsLIAYgBzYCACAHIAhJBEAgASAFQQN0aiAJIAdBA3RqKwMAOQMAIAVBAWohBQUgBigCEARAIAJBAWshAiAAIAVBAnRqIAAgAkECdGooAgA2AgAgASAFQQN0aiABIAJBA3RqKwMAOQMABUEBJAcgBUEBaiEFCwsMAAsLIAIkIiAEC+oDBQJ/BXwBfwF8AX8jASMDIwUQBCMCIwQjBhAEA0AjBwRAQQAkB0EBDwsjBUEARyEAIwZBAEchASAAIAFyRQRAQQAPCyAABEAjAyMFEAMhAgsgAQRAIwQjBhADIQMLIAFFIAAgAiADZXFyBHwgAgUgAwshBCMRBEAgBCMYYgRAIxkjGpkgBCMYoaKgJBkgBCQYCwVBASQRIAQkGAtBACEHIAAgAiAEZXEEQCMBIwMjBSACEAUhBSMiJAUjEiAFoCQSIAQjG6EhBiMbIAUjEqMgBqKgJBsjHCAFIAaiIAQjG6GioCQcQQEhBwsgASADIARlcQRAIxMjAiMEIwYgAxAFoCQTIyIkBgsjEiMPoyMTIxCjoSEIIAgkGiAIIxRkBEAgCCQUIAQkFgsgCCMVYwRAIAgkFSAEJBcLIAcEQCAEJCEjHyMOTQRAIx9BA3QhCSMIIAlqIAQ5AwAjCSAJaiMSOQMAIwogCWojEzkDACMfQQFqJB8LAkADQCMdIw64YyMeIxJjcUUNASMgRSAEIwsjIEEBa0EDdGorAwBkcgRAIyBBA3QhCSMLIAlqIAQ5AwAjDCAJaiMSOQMAIw0gCWojEzkDACMgQQFqJCALIx1EAAAAAAAA8D+gJB0jHRABJB4MAAsLCwwAC0EACw==";function distinctStream(r,e){const t=new DistinctStream(r);let n=0;while(n<=e&&t.next())n++;t.close();return n}const zr={block:1<<14};const jr=32<<20;let Wr;function sources(r){const e=[];if(r.values.length>0){const t=r.values;e.push({length:t.length,next:0,weights:r.weights,fd:-1,load:(r,e,n)=>r.set(t.subarray(e,e+n))})}for(const t of r.runs?.files??[]){const r=(0,s.openSync)(t,"r");const n=(0,s.fstatSync)(r).size/8;if(!Number.isInteger(n)){(0,s.closeSync)(r);throw new Error(`spilled run ${t} is not a whole number of float64 values`)}const a={length:n,next:0,weights:undefined,fd:r,load:()=>{}};a.load=(e,n,a)=>{const i=new Uint8Array(e.buffer,e.byteOffset,a*8);for(let e=0;e<i.length;){const a=(0,s.readSync)(r,i,e,i.length-e,n*8+e);if(a===0)throw new Error(`spilled run ${t} ended early`);e+=a}};if(n>0)e.push(a);else(0,s.closeSync)(r)}return e}function fill(r,e,t,n,a,s,i){const o=n.length;let l=Math.min(o,r.length-r.next);r.load(n,r.next,l);if(r.weights!==undefined)a.set(r.weights.subarray(r.next,r.next+l));let u=l;let f=r.weights!==undefined;if(r.next+l<r.length){const e=n[l-1];let t=l-1;while(t>0&&n[t-1]===e)t--;if(t>0)l=u=t;else{const t=n[0];let s=0;let i=r.next;r:while(i<r.length){const t=Math.min(o,r.length-i);r.load(n,i,t);for(let a=0;a<t;a++,i++){if(n[a]!==e)break r;s+=r.weights!==undefined?r.weights[i]:1}}n[0]=t;a[0]=s;l=1;u=i-r.next;f=true}}r.next+=u;e[t]=0;e[t+1]=l;e[t+2]=s;e[t+3]=f?i:0;e[t+4]=r.next===r.length?1:0}function summarizeStreamed(r,e,t){const n=observations(r);const a=observations(e);if(n===0||a===0)throw new RangeError("the streamed tests need two non-empty samples");if(!r.sorted||!e.sorted)throw new Error("the streamed tests need sorted samples");const i=[];try{const s=sources(r);i.push(...s);const o=sources(e);i.push(...o);const l=i.length;const u=zr.block;const f=l*32;const c=f+8*l;const v=c+8*l;const A=v+8*(6*t+3)+7&~7;const h=A+l*16*u;const p=h<=jr?Wr??=instantiateWasm(Lr):instantiateWasm(Lr);const g=wasmBuffer(p.memory,h);const d=new Int32Array(g,0,l*8);const m=new Int32Array(g,f,2*l);const regionOf=r=>{const e=A+r*16*u;return[new Float64Array(g,e,u),new Float64Array(g,e+8*u,u),e,e+8*u]};for(let r=0;r<l;r++){fill(i[r],d,8*r,...regionOf(r));m[r<s.length?r:l+r-s.length]=r}p.init(0,f,s.length,f+4*l,o.length,c,v,t,n,a);while(p.walk()===1){for(let r=0;r<l;r++){if(d[8*r]===d[8*r+1]&&d[8*r+4]===0)fill(i[r],d,8*r,...regionOf(r))}}const w=p.maxS.value;const y=Math.min(1,Math.max(0,-p.minS.value));const x=y>w?{d:y,location:p.minAt.value}:{d:w,location:p.maxAt.value};const E=p.firsts.value;const output=(r,e)=>new Float64Array(g,v+8*(r<3?r*(t+1):3*(t+1)+(r-3)*t),e).slice();let I;if(E<=t)I={edges:output(0,Math.max(0,E-1)),a:output(1,t+1),b:output(2,t+1)};else{let r=p.edgeCount.value;const e=output(3,r);if(r>0&&e[r-1]===p.max.value)r--;I={edges:e.slice(0,r),a:output(4,t),b:output(5,t)}}return{ks:x,wasserstein:p.area.value,referenceStd:Math.sqrt(p.m2.value/n),edges:I.edges,referenceCounts:perBin(I.a,I.edges.length,n),currentCounts:perBin(I.b,I.edges.length,a)}}finally{for(const r of i)if(r.fd>=0)(0,s.closeSync)(r.fd)}}function perBin(r,e,t){const n=new Float64Array(e+1);let a=0;for(let t=0;t<e;t++){n[t]=r[t]-a;a=r[t]}n[e]=t-a;return n}const Tr=null&&["ks","chisquare","z","wasserstein","jensenshannon","psi","kl_div","hellinger"];const $r=new Set(["ks","chisquare","z"]);const Jr={ks:.05,chisquare:.05,z:.05,wasserstein:.1,jensenshannon:.1,psi:.1,kl_div:.1,hellinger:.1};const Vr={ks:"Kolmogorov-Smirnov",chisquare:"chi-square",z:"Z-test for proportions",wasserstein:"Wasserstein distance (normed)",jensenshannon:"Jensen-Shannon distance",psi:"PSI",kl_div:"Kullback-Leibler divergence",hellinger:"Hellinger distance"};function isStatTest(r){return Tr.includes(r)}const Or=new Set(["ks","wasserstein"]);function wassersteinSorted(r,e,t,n){const a=r.length;const s=e.length;if(a===0||s===0)throw new RangeError("wasserstein distance needs two non-empty samples");const i=t?sum(t):a;const o=n?sum(n):s;let l=0;let u=0;let f=0;let c=0;let v=Math.min(r[0],e[0]);let A=0;while(l<a||u<s){const h=u>=s||l<a&&r[l]<=e[u];const p=h?r[l]:e[u];if(p!==v){A+=Math.abs(f/i-c/o)*(p-v);v=p}if(h)f+=t?t[l++]:(l++,1);else c+=n?n[u++]:(u++,1)}return A}function sum(r){let e=0;for(let t=0;t<r.length;t++)e+=r[t];return e}function wassersteinDistance(r,e){return wassersteinSorted(Float64Array.from(r).sort(),Float64Array.from(e).sort())}function populationStd(r,e){const t=r.length;let n=0;let a=0;let s=0;for(let i=0;i<t;){const o=r[i];let l=0;do{l+=e?e[i++]:(i++,1)}while(i<t&&r[i]===o);n+=l;const u=o-a;a+=l/n*u;s+=l*u*(o-a)}return n===0?NaN:Math.sqrt(s/n)}function normalizedWassersteinSorted(r,e,t,n){return normalizeByStd(wassersteinSorted(r,e,t,n),populationStd(r,t))}function normalizeByStd(r,e){return r/Math.max(e,.001)}var Hr=__nccwpck_require__(988);var Yr=__nccwpck_require__.n(Hr);function proportionsZTest(r,e,t,n){if(e<=0||n<=0)throw new RangeError("proportionsZTest needs non-empty samples");const a=r/e;const s=t/n;const i=(a*e+s*n)/(e+n);const o=i*(1-i)*(1/e+1/n);if(!(o>0))return{statistic:0,pValue:1};const l=(a-s)/Math.sqrt(o);return{statistic:l,pValue:Yr()(Math.abs(l)/Math.SQRT2)}}function columnDrift(r,e,t,n={}){if(e.kind==="binned"||t.kind==="binned")return binnedDrift(r,e,t,n);const a=sampleSize(e);const s=sampleSize(t);if(a===0||s===0){const e=a===0?"reference":"current";throw new UserError(`column '${r}' has no non-missing values in the ${e} data; drift cannot be measured`)}const i=e.kind==="numeric"&&t.kind==="numeric";const o=i&&(e.runs!==undefined||t.runs!==undefined);const l=i?ensureSorted(e):undefined;const u=i?ensureSorted(t):undefined;const f=e.kind==="numeric"?e.weights:undefined;const c=t.kind==="numeric"?t.weights:undefined;const v=n.bins??Br;let A;let h;if(i){A=o?Math.max(distinctStream(e,6),distinctStream(t,6)):Math.max(distinctSorted(l,6),distinctSorted(u,6));if(o&&A<=6)return columnDrift(r,collapse(e),collapse(t),n);if(A<=6)A=alignCategories(asCategorical(e).counts,asCategorical(t).counts).categories.length}else{h=alignCategories(asCategorical(e).counts,asCategorical(t).counts);A=h.categories.length}let p;let g;if(!n.test||n.test==="auto"){({test:p,reason:g}=chooseTest(i?"numeric":"categorical",a,A))}else{p=n.test;g=`${p} chosen in stattest`;if(Or.has(p)&&!i){throw new UserError(`stattest '${p}' needs a numeric column, but column '${r}' is categorical; use chisquare, z, jensenshannon, psi, kl_div or hellinger`)}}const d=n.thresholds?.[p]??Jr[p];let m;let w;let y;let x=[];let E;const I=!i||p!=="ks"&&p!=="wasserstein"&&A<=5||p==="z"||p==="chisquare";if(I){h??=alignCategories(asCategorical(e).counts,asCategorical(t).counts);w=h.reference;y=h.current;x=h.unseen.slice(0,20);m={categories:h.categories,reference:column_drift_shares(w),current:column_drift_shares(y)}}else if(o){E=summarizeStreamed(e,t,v);w=E.referenceCounts;y=E.currentCounts;m={categories:binLabels(E.edges),reference:column_drift_shares(w),current:column_drift_shares(y)}}else{const r=quantileEdges(l,v,f);w=binCountsSorted(r,l,f);y=u?binCountsSorted(r,u,c):binCounts(r,[]);m={categories:binLabels(r),reference:column_drift_shares(w),current:column_drift_shares(y)}}let b;let B;switch(p){case"ks":{const r=E?ksResult(E.ks.d,E.ks.location,a,s):ksSorted(l,f,u,c);b=r.statistic;B=r.pValue;break}case"wasserstein":b=E?normalizeByStd(E.wasserstein,E.referenceStd):normalizedWassersteinSorted(l,u,f,c);break;case"chisquare":{const r=chiSquareTest(w,y);b=r.statistic;B=r.pValue;break}case"z":{if(w.length>2){throw new UserError(`stattest 'z' needs a column with at most 2 values, but column '${r}' has ${w.length}; use chisquare`)}const e=proportionsZTest(w[0],a,y[0],s);b=e.statistic;B=e.pValue;break}case"jensenshannon":b=jensenShannonDistance(w,y);break;case"psi":b=populationStabilityIndex(w,y);break;case"kl_div":b=klDivergence(w,y);break;case"hellinger":b=hellingerDistance(w,y);break}const C=$r.has(p)?B<d:b>=d;return{column:r,kind:i?"numeric":"categorical",test:p,reason:g,statistic:b,...B===undefined?{}:{pValue:B},threshold:d,drifted:C,referenceCount:a,currentCount:s,referenceMissing:e.missing,currentMissing:t.missing,unseenValues:x,distribution:m}}function column_drift_shares(r){let e=0;for(const t of r)e+=t;return Array.from(r,r=>e>0?r/e:0)}function fmt(r){return Number.isInteger(r)?String(r):Number(r.toPrecision(4)).toString()}function binLabels(r){if(r.length===0)return["all"];const e=[`≤ ${fmt(r[0])}`];for(let t=1;t<r.length;t++)e.push(`(${fmt(r[t-1])}, ${fmt(r[t])}]`);e.push(`> ${fmt(r[r.length-1])}`);return e}function profileBin(r,e){let t=0;let n=r.length-2;while(t<n){const a=t+n+1>>>1;if(e>=r[a])t=a;else n=a-1}return t}const Kr=new Set(["jensenshannon","psi","kl_div","hellinger","chisquare"]);function binnedDrift(r,e,t,n){if(e.kind!=="binned"||t.kind!=="numeric"){throw new UserError(`column '${r}' is numeric in the reference profile but ${t.kind} in the current data; it cannot be compared`)}const a=e;const s=n.test&&n.test!=="auto"?n.test:undefined;if(s&&!Kr.has(s)){throw new UserError(`stattest '${s}' needs the reference's values, but column '${r}' comes from a data-validate profile that keeps a histogram only; use jensenshannon, psi, kl_div, hellinger or chisquare, or give the reference dataset or a drift reference file (save-reference)`)}const i=s??"jensenshannon";const o=Float64Array.from(a.counts);const l=new Float64Array(a.counts.length);if(t.runs)forEachDistinct(t,(r,e)=>l[profileBin(a.edges,r)]+=e);else t.values.forEach((r,e)=>l[profileBin(a.edges,r)]+=t.weights?t.weights[e]:1);const u=o.reduce((r,e)=>r+e,0);const f=sampleSize(t);if(u===0||f===0){throw new UserError(`column '${r}' has no non-missing values in the ${u===0?"reference profile":"current data"}; drift cannot be measured`)}let c;let v;if(i==="chisquare")({statistic:c,pValue:v}=chiSquareTest(o,l));else if(i==="psi")c=populationStabilityIndex(o,l);else if(i==="kl_div")c=klDivergence(o,l);else if(i==="hellinger")c=hellingerDistance(o,l);else c=jensenShannonDistance(o,l);const A=n.thresholds?.[i]??Jr[i];const h=a.counts.map((r,e)=>`[${fmt(a.edges[e])}, ${fmt(a.edges[e+1])}${e===a.counts.length-1?"]":")"}`);return{column:r,kind:"numeric",test:i,reason:s?`${i} chosen in stattest; reference from a data-validate profile (${a.counts.length} histogram bins)`:`numeric, reference from a data-validate profile (histogram only, ${a.counts.length} bins): Jensen-Shannon distance over its bins`,statistic:c,...v===undefined?{}:{pValue:v},threshold:A,drifted:$r.has(i)?v<A:c>=A,referenceCount:u,currentCount:f,referenceMissing:a.missing,currentMissing:t.missing,unseenValues:[],distribution:{categories:h,reference:column_drift_shares(o),current:column_drift_shares(l)}}}a.parentPort?.on("message",r=>{try{if(r.kind==="columns"){const e=r.columns.map(r=>columnDrift(r.column,r.reference,r.current,r.options));a.parentPort.postMessage({ok:true,result:e})}else{const e=readCsvRange(r);a.parentPort.postMessage({ok:true,result:e},transferables(e))}}catch(r){a.parentPort.postMessage({ok:false,message:r.message})}});